// What no provider event will ever tell the bot about its tasks, looked at by the bot itself (every minute, by
// wiring/upkeep.ts, through the task service): a paused task whose end time has passed (Tencent deletes it and says
// nothing), a relay the provider has said nothing about since its start (its events may not reach the bot, or it has
// not started), and a create whose answer was lost and that nobody finished. Each change is made as the task
// service makes a person's: the task, its audit entry (by the bot, RELAYBOT_ACTOR) and the line its channel gets,
// in one commit.
import type { Logger } from '../../log.js';
import type { BackendKind, ProviderTaskStatus, TaskBackend } from '../backend.js';
import type { TaskChangeListener, TaskChangeVerb } from '../events/task-change.js';
import type { AuditLog, TaskPatch, TaskRepository } from '../ports.js';
import type { Actor, TaskRecord } from '../task.js';
import { START_LEAD_MS } from './start-time.js';

/** Who made a change that no person asked for, in the audit log and the thread. */
export const RELAYBOT_ACTOR: Actor = { platform: 'relaybot', userId: 'relaybot', displayName: 'Relaybot' };

/**
 * How long after its start a relay the provider has said nothing about (no TaskStart, no file) is asked about. The
 * provider starts a task at its start time and tells within seconds; minutes of silence mean it has not started, or
 * its events do not reach the bot (a wrong RELAYBOT_PUBLIC_URL, a firewall).
 */
export const UNHEARD_START_MS = 5 * 60_000;

/**
 * How long a create may stay unconfirmed before the upkeep settles it itself: its own tries take seconds, and a CLI
 * process on the same data directory may be sending it this second.
 */
export const UNCONFIRMED_SETTLE_MS = 2 * 60_000;

export interface TaskUpkeepDeps {
  tasks: TaskRepository;
  audit: AuditLog;
  changes?: TaskChangeListener;
  logger: Pick<Logger, 'warn'>;
  clock: () => Date;
  /** The task service's commit: a task, its audit entry and its announcement together. */
  atomically: <T>(work: () => T) => T;
  backendOf: (kind: BackendKind) => TaskBackend | undefined;
  /** Whether a create with this SpecifyTaskId is under way in this process. */
  isCreating: (specifyTaskId: string) => boolean;
  /** The task service's own create of a recorded task (a definite refusal fails the task and throws). */
  submit: (task: TaskRecord, actor: Actor) => Promise<{ task: TaskRecord }>;
}

export class TaskUpkeep {
  constructor(private readonly deps: TaskUpkeepDeps) {}

  /**
   * Ends the paused tasks whose end time has passed, at providers that say nothing of it: Tencent deletes a task
   * after its end time, paused or not, and sends no exit for it, so such a task showed 'paused' in its channel and
   * its lists for ever. A backend that reports that end itself (the runner's TaskExit at the end time) is left to it.
   */
  endPausedPastEnd(): TaskRecord[] {
    const now = this.deps.clock().getTime();
    return this.deps.tasks
      .list({ states: ['paused'] })
      .filter((task) => this.askedAbout(task) && Date.parse(task.request.EndTime) <= now)
      .map((task) => this.changed(task, 'expire', { state: 'ended' }, 'expire', { from: task.state, endTime: task.request.EndTime }));
  }

  /**
   * Asks the provider, once per start, about the relays it has said nothing about UNHEARD_START_MS after their start
   * (still 'scheduled': no TaskStart, no file). On air: its events do not reach the bot, and its channel is told
   * what to check (the state becomes running, as the TaskStart would have made it). Not on air, or unknown to the
   * provider: it has not started, and its channel is told (interrupted, until an event says otherwise). A provider
   * that cannot be asked now is asked at the next look. A relay whose start was moved by an edit (and so is
   * 'scheduled' again) is asked about again if its new start passes in silence too. A backend that reports every start
   * and failure itself (the runner) is left to it.
   */
  async checkUnheardStarts(): Promise<TaskRecord[]> {
    const now = this.deps.clock().getTime();
    const due = this.deps.tasks
      .list({ states: ['scheduled'] })
      .filter(
        (task) =>
          this.askedAbout(task) &&
          task.providerTaskId !== null &&
          Date.parse(task.request.StartTime) + UNHEARD_START_MS <= now &&
          now < Date.parse(task.request.EndTime) &&
          !this.askedAboutThisStart(task),
      );
    const told: TaskRecord[] = [];
    for (const task of due) {
      let status: ProviderTaskStatus | null;
      try {
        status = await this.deps.backendOf(task.backend)!.status(task.providerTaskId!);
      } catch (error) {
        this.deps.logger.warn({ err: error, taskId: task.id }, 'could not ask the provider about a relay it said nothing about; asking again later');
        continue;
      }
      // An event may have arrived while the provider was asked: it says more than this look.
      const current = this.deps.tasks.get(task.id);
      if (!current || current.state !== 'scheduled') continue;
      const onAir = status?.RunStatus === 'active';
      told.push(
        this.changed(current, onAir ? 'unheardOnAir' : 'notStarted', { state: onAir ? 'running' : 'interrupted' }, 'start-unheard', {
          runStatus: status?.RunStatus ?? null,
          startTime: current.request.StartTime,
        }),
      );
    }
    return told;
  }

  /** Whether the provider was asked about this relay's present start (an entry of an older version, without the start, counts). */
  private askedAboutThisStart(task: TaskRecord): boolean {
    const latest = this.deps.audit.latestOf(task.id, 'start-unheard');
    if (!latest) return false;
    const asked = (latest.detail as { startTime?: unknown } | undefined)?.startTime;
    return asked === undefined || asked === task.request.StartTime;
  }

  /**
   * Settles the creates whose answer was lost and that nobody finished (the CLI or the chat said "not confirmed yet,
   * send it again"; or the bot stopped between recording and answering): after UNCONFIRMED_SETTLE_MS each is looked
   * up at the provider by its SpecifyTaskId. There: its id is recorded. Not there, its start still ahead: the create
   * is finished (the person confirmed it, and SpecifyTaskId makes a repeat harmless). Not there and too late, or
   * refused now: it is failed. Either way its channel is told. A provider that cannot be asked now is asked at the
   * next look.
   */
  async settleUnconfirmed(): Promise<TaskRecord[]> {
    const now = this.deps.clock().getTime();
    const waiting = this.deps.tasks
      .list({ states: ['scheduled'] })
      .filter(
        (task) =>
          task.providerTaskId === null &&
          Date.parse(task.updatedAt) + UNCONFIRMED_SETTLE_MS <= now &&
          !this.deps.isCreating(task.specifyTaskId) &&
          this.deps.backendOf(task.backend) !== undefined,
      );
    const settled: TaskRecord[] = [];
    for (const task of waiting) {
      try {
        settled.push(await this.settle(task));
      } catch (error) {
        this.deps.logger.warn({ err: error, taskId: task.id }, 'could not settle an unconfirmed create; trying again later');
      }
    }
    return settled;
  }

  /** One unconfirmed create: found, finished or failed, announced in its channel. */
  private async settle(task: TaskRecord): Promise<TaskRecord> {
    const found = await this.deps.backendOf(task.backend)!.findBySpecifyTaskId(task.specifyTaskId, task.request.Region);
    // A repeat of the create may have settled it while the provider was asked.
    const current = this.deps.tasks.get(task.id);
    if (!current || current.providerTaskId !== null || current.state !== 'scheduled') return current ?? task;
    if (found) return this.changed(current, 'createConfirmed', { providerTaskId: found }, 'create-confirmed', { found: true });
    if (Date.parse(current.request.StartTime) < this.deps.clock().getTime() + START_LEAD_MS) {
      return this.changed(current, 'createLost', { state: 'failed' }, 'create-failed', { reason: 'neverReachedProvider' });
    }
    try {
      const { task: created } = await this.deps.submit(current, RELAYBOT_ACTOR);
      return this.changed(current, 'createConfirmed', { providerTaskId: created.providerTaskId }, 'create-confirmed', { found: false });
    } catch (error) {
      // Refused for good (submit has failed the task and audited why): its channel hears it was not created.
      const after = this.deps.tasks.get(current.id);
      if (after?.state !== 'failed') throw error;
      this.deps.atomically(() => this.deps.changes?.taskChanged({ verb: 'createLost', actor: RELAYBOT_ACTOR, before: current, after }));
      return after;
    }
  }

  /** Whether the upkeep looks after the task: its backend is here, and does not report every end itself. */
  private askedAbout(task: TaskRecord): boolean {
    const backend = this.deps.backendOf(task.backend);
    return backend !== undefined && !backend.reportsEveryEnd;
  }

  /** The bot's change to a task, with its audit entry and its channel's line, in one commit. */
  private changed(task: TaskRecord, verb: TaskChangeVerb, patch: TaskPatch, action: string, detail: Record<string, unknown>): TaskRecord {
    return this.deps.atomically(() => {
      const after = this.deps.tasks.update(task.id, patch);
      this.deps.audit.record({ actor: RELAYBOT_ACTOR, action, taskId: task.id, detail });
      this.deps.changes?.taskChanged({ verb, actor: RELAYBOT_ACTOR, before: task, after });
      return after;
    });
  }
}
