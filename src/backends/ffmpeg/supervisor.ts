// The supervisor lives in the bot process and is the only one that runs relays. The schedule is the store's
// runner_tasks table: at start-up every live row is armed (a window already open starts at once, one already
// over is closed with a TaskExit), and rows written by other processes (the CLI) are picked up by watching
// SQLite's data_version, which only changes when another connection commits — a cheap once-a-second check.
import type { Logger } from 'pino';
import type { BackendCreateRequest } from '../../core/backend.js';
import type { RunnerRepository, RunnerTaskRow } from '../../store/runner-repo.js';
import { destinationUrl } from './endpoint.js';
import { TaskRun, type RunContext, type StopReason } from './task-run.js';

const POLL_MS = 1000;
/**
 * The longest a start or end timer waits before it looks at the wall clock again. Node's timers run on a clock
 * that stops while the host is suspended (a laptop's lid, a paused VM): a relay due at 20:00, armed at 10:00 for ten
 * hours, started an hour late, silently, after an hour asleep. A look a minute bounds that to a minute.
 */
const WALL_CLOCK_CHECK_MS = 60_000;

interface Slot {
  revision: number;
  restartSeq: number;
  request: BackendCreateRequest;
  timer: NodeJS.Timeout | null;
  run: TaskRun | null;
  /** The stop of this task's previous run while its ffmpeg is still finishing (a pause, a restart). */
  stopped: Promise<void> | null;
}

export interface SupervisorDeps {
  repo: RunnerRepository;
  context: RunContext;
  logger: Logger;
  now: () => Date;
  /** How often at most a waiting timer compares with the wall clock (WALL_CLOCK_CHECK_MS; tests shorten it). */
  wallClockCheckMs?: number;
}

export class Supervisor {
  private readonly slots = new Map<string, Slot>();
  private poller: NodeJS.Timeout | null = null;
  private dataVersion = -1;
  private closed = false;

  constructor(private readonly deps: SupervisorDeps) {}

  start(): void {
    for (const row of this.deps.repo.listLive()) this.reconcile(row);
    this.dataVersion = this.deps.repo.dataVersion();
    this.poller = setInterval(() => this.poll(), POLL_MS);
    this.poller.unref();
  }

  /** Reads rows other processes changed since the last look. */
  poll(): void {
    if (this.closed) return;
    const version = this.deps.repo.dataVersion();
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    const known = new Map([...this.slots].map(([id, slot]) => [id, slot.revision]));
    for (const row of this.deps.repo.changedSince(known)) this.reconcile(row);
  }

  /** Brings one task in line with its row: arm, start, edit, restart, stop or forget it. */
  reconcile(row: RunnerTaskRow): void {
    if (this.closed) return;
    let slot = this.slots.get(row.taskId);
    if (!slot) {
      slot = { revision: 0, restartSeq: row.restartSeq, request: row.request, timer: null, run: null, stopped: null };
      this.slots.set(row.taskId, slot);
    }
    const previous = slot.request;
    const restartAsked = row.restartSeq !== slot.restartSeq;
    slot.revision = row.revision;
    slot.restartSeq = row.restartSeq;
    slot.request = row.request;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;

    if (row.phase === 'deleted') {
      void this.stopRun(row.taskId, 'deleted').then(() => this.slots.delete(row.taskId));
      return;
    }
    const now = this.deps.now().getTime();
    const start = Date.parse(row.request.StartTime);
    const end = Date.parse(row.request.EndTime);
    if (row.status === 'pause') {
      // A paused relay still ends at its end time: left 'scheduled' it kept a place under the runner's task limit
      // for ever, its channel was never told it was over, and resuming it later alarmed that it "never ran".
      if (now < end) {
        void this.stopRun(row.taskId, 'paused');
        this.armAt(row.taskId, end);
      } else if (slot.run) {
        void this.stopRun(row.taskId, 'end-time');
      } else {
        // Its pause may still be stopping ffmpeg; that stop writes the phase, so close the window after it.
        const close = () => this.closePassedWindow(row, { paused: true });
        if (slot.stopped) void slot.stopped.then(close);
        else close();
      }
      return;
    }
    if (now >= end) {
      if (slot.run) void this.stopRun(row.taskId, 'end-time');
      else this.closePassedWindow(row);
      return;
    }
    if (now < start) {
      if (slot.run) void this.stopRun(row.taskId, 'restart');
      this.armAt(row.taskId, start);
      return;
    }
    // Inside the window.
    if (slot.run && (restartAsked || destinationUrl(previous) !== destinationUrl(row.request) || backupChanged(previous, row.request))) {
      const taskId = row.taskId;
      void this.stopRun(taskId, 'restart').then(() => this.startRun(taskId));
    } else if (slot.run) {
      if (JSON.stringify(previous) !== JSON.stringify(row.request)) slot.run.applyEdit(row.request, row.refreshType);
    } else {
      this.startRun(row.taskId, row);
    }
    this.armAt(row.taskId, end);
  }

  /** Tasks relaying now. */
  get runningCount(): number {
    return [...this.slots.values()].filter((slot) => slot.run).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.poller) clearInterval(this.poller);
    // Stops already under way (an end time just reached) write their phase when ffmpeg has gone: wait for them
    // too, or they would write to a store the caller is about to close.
    const stopping: Promise<void>[] = [...this.stopping];
    for (const [taskId, slot] of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      if (slot.run) stopping.push(this.stopRun(taskId, 'shutdown', { keepPhase: true }));
    }
    await Promise.all(stopping);
  }

  /** Stops in progress, so close() can wait for them. */
  private readonly stopping = new Set<Promise<void>>();

  private armAt(taskId: string, at: number): void {
    const slot = this.slots.get(taskId);
    if (!slot) return;
    const delay = Math.max(0, at - this.deps.now().getTime());
    slot.timer = setTimeout(() => {
      slot.timer = null;
      // Not yet by the wall clock: wait on, a slice at a time.
      if (this.deps.now().getTime() < at) {
        this.armAt(taskId, at);
        return;
      }
      const row = this.deps.repo.get(taskId);
      if (row) this.reconcile({ ...row, revision: slot.revision, restartSeq: slot.restartSeq });
    }, Math.min(delay, this.deps.wallClockCheckMs ?? WALL_CLOCK_CHECK_MS));
  }

  private startRun(taskId: string, known?: RunnerTaskRow): void {
    const slot = this.slots.get(taskId);
    const row = known ?? this.deps.repo.get(taskId);
    if (!slot || !row || slot.run || this.closed) return;
    // A run still stopping (paused, then resumed at once) pushes to the same stream key and writes its phase
    // when its ffmpeg has gone: start only after that, from the row as it is then, so the store does not end
    // 'scheduled' under a relay that is on air.
    if (slot.stopped) {
      void slot.stopped.then(() => {
        const latest = this.deps.repo.get(taskId);
        if (latest && this.slots.get(taskId) === slot) this.reconcile({ ...latest, revision: slot.revision, restartSeq: slot.restartSeq });
      });
      return;
    }
    // Progress is resumed only when the bot restarted inside the window (the row says it was running).
    const resume = row.phase === 'running' && row.progress.reportTime ? row.progress : null;
    this.deps.repo.setPhase(taskId, 'running', this.deps.now());
    const run = new TaskRun(row.request, resume, this.deps.context);
    slot.run = run;
    this.deps.logger.info({ task: taskId, resumed: resume !== null }, 'relay started');
    void run.done.then(() => {
      // Stopped runs were detached by stopRun; a run that ends by itself has played its last loop.
      if (slot.run !== run) return;
      slot.run = null;
      if (this.closed) return;
      this.deps.repo.setPhase(taskId, 'finished', this.deps.now());
      // Its TaskExit (loopsDone) ended the task: the end-time timer must not fire on it and close the window a
      // second time ("end time passed while the runner was not running"), hours after the channel was told.
      if (slot.timer) clearTimeout(slot.timer);
      if (this.slots.get(taskId) === slot) this.slots.delete(taskId);
    });
  }

  private async stopRun(taskId: string, reason: StopReason, options: { keepPhase?: boolean } = {}): Promise<void> {
    const slot = this.slots.get(taskId);
    const run = slot?.run;
    if (!slot || !run) {
      if (reason === 'end-time' && !options.keepPhase) this.deps.repo.setPhase(taskId, 'finished', this.deps.now());
      return;
    }
    slot.run = null;
    const stopped = run.stop(reason).then(() => {
      if (options.keepPhase) return;
      if (reason === 'end-time') this.deps.repo.setPhase(taskId, 'finished', this.deps.now());
      if (reason === 'paused') this.deps.repo.setPhase(taskId, 'scheduled', this.deps.now());
    }).finally(() => {
      if (slot.stopped === stopped) slot.stopped = null;
    });
    slot.stopped = stopped;
    this.stopping.add(stopped);
    try {
      await stopped;
    } finally {
      this.stopping.delete(stopped);
    }
  }

  private closePassedWindow(row: RunnerTaskRow, { paused = false }: { paused?: boolean } = {}): void {
    // Closed once: a pause's stop and a timer (or a poll) may both get here.
    const latest = this.deps.repo.get(row.taskId);
    if (!latest || latest.phase === 'finished' || latest.phase === 'deleted') return;
    this.deps.repo.setPhase(row.taskId, 'finished', this.deps.now());
    if (this.slots.get(row.taskId)?.run === null) this.slots.delete(row.taskId);
    const now = this.deps.now().getTime();
    // A relay still 'scheduled' never started: its whole window went by while no bot ran (created from the CLI
    // with the bot down, or the bot down all along). Nothing was on air, so this is news for people, not a
    // quiet "ended": an alarm first, then the exit that closes the task. A paused relay is 'scheduled' too, but
    // someone chose to keep it off the air: its end is just the end.
    const neverRan = row.phase === 'scheduled' && !paused;
    if (neverRan) {
      this.deps.context.emit(row.request, 'TaskAlarm', {
        message: `the relay never ran: no bot was running between ${row.request.StartTime} and ${row.request.EndTime}`,
        reason: { code: 'windowMissed', values: { start: row.request.StartTime, end: row.request.EndTime } },
      });
    }
    this.deps.context.emit(row.request, 'TaskExit', {
      task_exit_time: now,
      code: neverRan ? 1 : 0,
      message: neverRan
        ? 'the relay never ran: its window passed while no bot was running'
        : paused
          ? 'end time passed while the relay was paused'
          : 'end time passed while the runner was not running',
      reason: { code: neverRan ? ('windowMissed' as const) : ('endTime' as const) },
    });
  }
}

function backupChanged(a: BackendCreateRequest, b: BackendCreateRequest): boolean {
  return a.BackupSourceUrl !== b.BackupSourceUrl || a.BackupSourceType !== b.BackupSourceType;
}
