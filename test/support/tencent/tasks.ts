// The stand-in's account state: relay tasks as DescribeLivePullStreamTasks returns them, and the six
// lifecycle actions applied to it. Answers are the action's Response fields, or an ApiFailure.
import { checkCreate, checkModify, type ApiFailure, type RuleOptions } from './create-rules.js';

export interface StandinTask {
  TaskId: string;
  SpecifyTaskId?: string;
  Region: string;
  SourceType: string;
  SourceUrls: string[];
  DomainName: string;
  AppName: string;
  StreamName: string;
  ToUrl?: string;
  PushArgs?: string;
  StartTime: string;
  EndTime: string;
  Operator: string;
  CallbackUrl?: string;
  CallbackEvents?: string[];
  VodLoopTimes: number;
  VodRefreshType?: string;
  Comment?: string;
  BackupSourceType?: string;
  BackupSourceUrl?: string;
  WatermarkList?: unknown[];
  FileIndex?: number;
  OffsetTime?: number;
  Status: 'enable' | 'pause';
  CreateTime: string;
  UpdateTime: string;
  CreateBy: string;
  UpdateBy: string;
  /** How many times RestartLivePullStreamTask ran (visible to tests). */
  Restarts: number;
}

export type ActionResult = { ok: true; response: Record<string, unknown> } | { ok: false; failure: ApiFailure };

type Body = Record<string, unknown>;
const ok = (response: Record<string, unknown>): ActionResult => ({ ok: true, response });
const failed = (code: string, message: string): ActionResult => ({ ok: false, failure: { code, message } });
const apiTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface AccountOptions extends Omit<RuleOptions, 'now'> {
  limitTaskNum: number;
  now: () => Date;
}

export class StandinAccount {
  readonly tasks = new Map<string, StandinTask>();
  /** Tasks by SpecifyTaskId, as the provider looks them up: an index, not a scan of every task per create. */
  private readonly bySpecifyTaskId = new Map<string, StandinTask>();
  private nextId = 100_001;

  constructor(private readonly options: AccountOptions) {}

  private rules(): RuleOptions {
    return { now: this.options.now(), maxSpanDays: this.options.maxSpanDays, rejectPrivateSources: this.options.rejectPrivateSources };
  }

  private withSpecifyTaskId(specifyTaskId: string): StandinTask | undefined {
    const task = this.bySpecifyTaskId.get(specifyTaskId);
    // Tests remove tasks straight from `tasks` (as if deleted in the provider's console): then it is gone.
    return task && this.tasks.get(task.TaskId) === task ? task : undefined;
  }

  private find(body: Body): StandinTask | undefined {
    if (typeof body.SpecifyTaskId === 'string' && body.SpecifyTaskId !== '') return this.withSpecifyTaskId(body.SpecifyTaskId);
    return typeof body.TaskId === 'string' ? this.tasks.get(body.TaskId) : undefined;
  }

  run(action: string, body: Body, region: string): ActionResult {
    switch (action) {
      case 'CreateLivePullStreamTask': return this.create(body, region);
      case 'DescribeLivePullStreamTasks': return this.describe(body);
      case 'ModifyLivePullStreamTask': return this.modify(body);
      case 'DeleteLivePullStreamTask': return this.remove(body);
      case 'RestartLivePullStreamTask': return this.restart(body);
      case 'DescribeLivePullStreamTaskStatus': return this.status(body);
      default: return failed('InvalidAction', `The action ${action} does not exist.`);
    }
  }

  private create(body: Body, region: string): ActionResult {
    const problem = checkCreate(body, this.rules());
    if (problem) return { ok: false, failure: problem };
    const specifyTaskId = typeof body.SpecifyTaskId === 'string' && body.SpecifyTaskId !== '' ? body.SpecifyTaskId : undefined;
    // The SDK documents SpecifyTaskId as the guard against duplicate tasks from repeated requests, without
    // naming the answer; the stand-in refuses the repeat with InvalidParameter and creates nothing.
    if (specifyTaskId && this.withSpecifyTaskId(specifyTaskId)) {
      return failed('InvalidParameter', `SpecifyTaskId ${specifyTaskId} already exists.`);
    }
    if (this.tasks.size >= this.options.limitTaskNum) {
      return failed('InvalidParameter.TaskNumMoreThanLimit', `The number of tasks reached the limit (${this.options.limitTaskNum}).`);
    }
    const now = apiTime(this.options.now());
    const task: StandinTask = {
      ...(body as unknown as Partial<StandinTask>),
      TaskId: String(this.nextId++),
      Region: region,
      SourceType: String(body.SourceType),
      SourceUrls: body.SourceUrls as string[],
      DomainName: String(body.DomainName ?? ''),
      AppName: String(body.AppName ?? ''),
      StreamName: String(body.StreamName ?? ''),
      StartTime: String(body.StartTime),
      EndTime: String(body.EndTime),
      Operator: String(body.Operator),
      VodLoopTimes: body.VodLoopTimes === undefined ? -1 : Number(body.VodLoopTimes),
      Status: 'enable',
      CreateTime: now,
      UpdateTime: now,
      CreateBy: String(body.Operator),
      UpdateBy: String(body.Operator),
      Restarts: 0,
      ...(specifyTaskId ? { SpecifyTaskId: specifyTaskId } : {}),
    };
    this.tasks.set(task.TaskId, task);
    if (specifyTaskId) this.bySpecifyTaskId.set(specifyTaskId, task);
    return ok({ TaskId: task.TaskId });
  }

  private describe(body: Body): ActionResult {
    const pageNum = body.PageNum === undefined ? 1 : Number(body.PageNum);
    const pageSize = body.PageSize === undefined ? 10 : Number(body.PageSize);
    if (!Number.isInteger(pageNum) || pageNum < 1) return failed('InvalidParameterValue', 'PageNum must be 1 or more.');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 20) return failed('InvalidParameterValue', 'PageSize must be between 1 and 20.');
    let matching: StandinTask[];
    if (typeof body.TaskId === 'string' && body.TaskId !== '') {
      const task = this.tasks.get(body.TaskId);
      if (!task) return failed('ResourceNotFound.TaskId', `TaskId ${body.TaskId} does not exist.`);
      matching = [task];
    } else if (typeof body.SpecifyTaskId === 'string' && body.SpecifyTaskId !== '') {
      const task = this.withSpecifyTaskId(body.SpecifyTaskId);
      matching = task ? [task] : [];
    } else {
      matching = [...this.tasks.values()].sort((a, b) => b.UpdateTime.localeCompare(a.UpdateTime) || Number(b.TaskId) - Number(a.TaskId));
    }
    const page = matching.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((task) => {
      const { Restarts: _restarts, Operator: _operator, ...info } = task;
      return info;
    });
    return ok({
      TaskInfos: page,
      PageNum: pageNum,
      PageSize: pageSize,
      TotalNum: matching.length,
      TotalPage: Math.ceil(matching.length / pageSize),
      LimitTaskNum: this.options.limitTaskNum,
    });
  }

  private modify(body: Body): ActionResult {
    const task = this.find(body);
    if (!task) return failed('InvalidParameter.TaskNotExist', 'The task does not exist.');
    const problem = checkModify(body, task as unknown as Body, this.rules());
    if (problem) return { ok: false, failure: problem };
    const { TaskId: _id, SpecifyTaskId: _specify, Operator: operator, ...changes } = body;
    Object.assign(task, changes, {
      ...(changes.VodLoopTimes !== undefined ? { VodLoopTimes: Number(changes.VodLoopTimes) } : {}),
      UpdateTime: apiTime(this.options.now()),
      UpdateBy: String(operator),
    });
    return ok({});
  }

  private remove(body: Body): ActionResult {
    if (body.Operator === undefined || body.Operator === '') return failed('MissingParameter', 'The request is missing a required parameter `Operator`.');
    const task = this.find(body);
    if (!task) return failed('InvalidParameter.TaskNotExist', 'The task does not exist.');
    this.tasks.delete(task.TaskId);
    if (task.SpecifyTaskId) this.bySpecifyTaskId.delete(task.SpecifyTaskId);
    return ok({});
  }

  private restart(body: Body): ActionResult {
    if (body.Operator === undefined || body.Operator === '') return failed('MissingParameter', 'The request is missing a required parameter `Operator`.');
    const task = this.find(body);
    if (!task) return failed('InvalidParameter.TaskNotExist', 'The task does not exist.');
    task.Restarts += 1;
    task.UpdateTime = apiTime(this.options.now());
    return ok({});
  }

  private status(body: Body): ActionResult {
    const task = typeof body.TaskId === 'string' ? this.tasks.get(body.TaskId) : undefined;
    if (!task) return failed('ResourceNotFound.TaskId', `TaskId ${String(body.TaskId)} does not exist.`);
    const now = this.options.now();
    const running = task.Status === 'enable' && Date.parse(task.StartTime) <= now.getTime() && now.getTime() < Date.parse(task.EndTime);
    return ok({
      TaskStatusInfo: {
        FileUrl: running ? task.SourceUrls[0] : '',
        LoopedTimes: 0,
        OffsetTime: running ? Math.floor((now.getTime() - Date.parse(task.StartTime)) / 1000) : 0,
        ReportTime: apiTime(now),
        RunStatus: running ? 'active' : 'inactive',
        FileDuration: 0,
        NextFileUrl: running ? (task.SourceUrls[1] ?? '') : '',
      },
    });
  }
}
