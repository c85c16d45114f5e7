// One task's relay while its window is open. It keeps ONE muxer (one connection to the destination) and feeds
// it source after source: the files of the playlist in order and loop after loop (spliced into one stream
// by node, flv/), or the live source and its backup (MPEG-TS readers that shift their timestamps to continue
// where the previous one stopped). Either way the destination sees a single continuous stream. Failures of the push restart the whole pipeline with backoff; failures of a source
// retry, skip or switch to the backup without dropping the destination.
import type { Logger } from 'pino';
import type { BackendCreateRequest } from '../../core/backend.js';
import type { AlarmType, CallbackEvent, VodRefreshType } from '../../core/relay-request.js';
import type { RelayEventDetail } from '../../core/relay-event.js';
import type { RelayReason, RelayReasonCode } from '../../core/relay-reason.js';
import type { RunnerProgress } from '../../store/runner-repo.js';
import type { AddressPolicy } from './address-guard.js';
import { prepareAccess, type Access } from './access.js';
import { Backoff } from './backoff.js';
import type { FfmpegBinary } from './binary.js';
import { destinationUrl, parseEndpoint } from './endpoint.js';
import { directRelayArgs, splicedMuxerArgs, muxerArgs, probeArgs, readerArgs, type AudioEncoding } from './ffmpeg-args.js';
import { type AudioFormat, describeAudioFormat, encodingFor, sameAudioFormat } from './flv/audio-format.js';
import { FlvFeed } from './flv/flv-feed.js';
import { FlvSplicer } from './flv/flv-splicer.js';
import { SILENT_STREAM_AUDIO } from './flv/silent-audio.js';
import { SplicedFile } from './flv/spliced-file.js';
import { childrenDieWithUs, FfmpegProcess, type FfmpegExit } from './ffmpeg-process.js';
import { pullFailureReason, pushFailureReason, refusalFailure, type Failure } from './failure-reasons.js';
import { InputAudioWatch } from './input-audio.js';
import type { GatewaySession, HttpGateway } from './http-gateway.js';
import type { TunnelOptions } from './loopback-tunnel.js';
import { OnAirWatch } from './on-air.js';
import { parseInputDuration, type ProgressReport } from './progress.js';
import { makeRedactor } from './secrets.js';
import { sendQueueTo } from './send-queue.js';
import { SpeedWindow } from './speed-window.js';

export interface RunTimings {
  backoffMs: number;
  backoffMaxMs: number;
  stableMs: number;
  stopGraceMs: number;
  stallMs: number;
  primaryRetryMs: number;
}

export interface RunContext {
  binary: FfmpegBinary;
  timings: RunTimings;
  policy: AddressPolicy;
  gateway: HttpGateway;
  tunnel: TunnelOptions;
  logger: Logger;
  emit(request: BackendCreateRequest, event: CallbackEvent, detail: RelayEventDetail): void;
  saveProgress(taskId: string, progress: RunnerProgress): void;
  /** Whether the task's stream reaches its destination now (what a status query reports as RunStatus). */
  setOnAir(taskId: string, onAir: boolean): void;
}

export type StopReason = 'end-time' | 'deleted' | 'paused' | 'restart' | 'shutdown';

/** The TaskExit reason of each way a run is stopped: the notifier words it, transitions classify it. */
const STOP_REASONS: Record<StopReason, RelayReasonCode> = {
  'end-time': 'endTime',
  deleted: 'deleted',
  paused: 'paused',
  restart: 'restarted',
  shutdown: 'runnerShutdown',
};

/** A file shorter than its announced duration by more than this ended early (seconds). */
const END_EARLY_TOLERANCE = 1.0;
/** Speed below this, after the warm-up, means the source cannot keep up with real time. */
const SLOW_SPEED = 0.9;
const SPEED_WARMUP_S = 3;
/** The wall-clock span over which the speed of a file read by node is measured (its feed writes in bursts). */
const SPEED_WINDOW_MS = 6000;
/**
 * Kernel wait channels of a process blocked while sending: a reader's only sending is into the muxer's input
 * (node's stdio "pipes" are Unix socket pairs), so there it means the muxer, i.e. the destination, is not
 * keeping up.
 */
const BLOCKED_SENDING = /pipe_write|pipe_wait|sock_alloc_send|unix_stream_sendmsg|sk_stream_wait_memory/;
/** Bytes waiting in the kernel towards the destination that mean it is not taking data. */
const CONGESTED_BYTES = 64 * 1024;
/** A source failing this many times in a row is skipped (files) or reported as an interruption. */
const FILE_ATTEMPTS = 3;

class PushFailure extends Error {
  constructor(readonly exit: FfmpegExit) {
    super(exit.errorLine ?? `push ended (code ${exit.code ?? exit.signal})`);
  }
}

type ReaderOutcome = 'finished' | 'failed' | 'aborted';

interface InputChoice {
  url: string;
  /** Playlist position (0-based) for files of the main list; undefined for live sources and the backup. */
  index?: number;
  file: boolean;
  seek: number;
  backup: boolean;
}

export class TaskRun {
  readonly done: Promise<void>;
  private request: BackendCreateRequest;
  private readonly backoff: Backoff;
  private redact: (text: string) => string;
  private stopReason: StopReason | null = null;
  private wake: (() => void) | null = null;
  private muxer: FfmpegProcess | null = null;
  private reader: FfmpegProcess | null = null;
  private abortReader: ((why: string) => void) | null = null;
  private session: GatewaySession | null = null;

  // Playlist position.
  private list: string[];
  private pendingList: string[] | null = null;
  private fileIndex: number;
  private seek: number;
  private looped: number;
  private onBackup = false;
  private primaryBack = false;
  /** A check of the primary after a pass of a file backup, running while the next pass plays. */
  private primaryCheck: Promise<void> | null = null;
  /** The ffmpeg probing the primary, stopped with the run (it would otherwise outlive a stop by seconds). */
  private probe: FfmpegProcess | null = null;

  // Live audio (a live source with a backup: several sources into one muxer).
  /** The audio the current muxer's stream started with: its first reader's. Null until a reader described it. */
  private streamAudio: AudioFormat | null = null;
  /** The primary's audio as the probe that found it back described it (null: it has none), for the read after it. */
  private probedAudio: { url: string; format: AudioFormat | null } | null = null;
  /**
   * Whether a reader has given the current muxer media: the first that does sets the stream's tracks for the muxer's
   * whole life (a reader that failed before its first frame, such as a primary down at the start, did not).
   */
  private muxerFed = false;

  // Event state.
  /**
   * TaskStart was reported and no TaskExit since: the destination takes the stream. Until then (and after an
   * interruption) nothing is on air, and TaskStart waits for the push to prove itself (on-air.ts).
   */
  private onAir = false;
  /** The current muxer's (or direct relay's) progress, watched for the push to be on air. */
  private airWatch: OnAirWatch | null = null;
  /** An interruption's TaskExit was reported and the relay has not been on air since (one per streak). */
  private exitReported = false;
  /**
   * File events waiting for the push to be on air: the provider reports what it relays, not what it reads, and
   * a file read into a push that is not on air yet (or never gets there) has not been relayed.
   */
  private heldFileEvents: { event: 'VodSourceFileStart' | 'VodSourceFileFinish'; detail: RelayEventDetail }[] = [];
  /**
   * The file whose VodSourceFileStart was reported or held, which its VodSourceFileFinish then closes. By URL and
   * index: after an edit a new file can start at the index of one whose reader is still finishing (read ahead).
   */
  private startedFile: { url: string; index: number | null } | null = null;
  /** Something of the playlist played in this pass; a pass that played nothing is no loop but an interruption. */
  private passPlayed = false;
  private pushAlarmed = false;
  /**
   * When the stream last started flowing again after an interruption was reported. The failure streak (one
   * alarm, one TaskExit) ends only once it has kept flowing for `stableMs` — the measure the backoff uses too —
   * so a destination that takes the stream and drops it every few seconds is one incident for the channel, not
   * an alarm, an exit and a start every few seconds for as long as the show lasts.
   */
  private backSince: number | null = null;
  /** The backup source's failure streak was alarmed (the primary's is `pullAlarmed`). */
  private backupAlarmed = false;
  private pullAlarmed = false;
  /**
   * Playlist files whose failure was alarmed and that have not played since. A broken file in a looping playlist
   * fails on every pass: the channel is told once, not once per pass (every few seconds for a short playlist).
   */
  private readonly alarmedFiles = new Set<string>();
  private pullFailures = 0;
  /**
   * The first file starts at the request's OffsetTime (not at a position resumed after a restart of the bot). An
   * offset past that file's end plays nothing of it; said once, or the task could end ("every loop played")
   * without anything on air and no one told why.
   */
  private offsetAsked: boolean;
  private fileDuration: number | null = null;
  private fileOffset = 0;

  constructor(
    request: BackendCreateRequest,
    resume: RunnerProgress | null,
    private readonly context: RunContext,
  ) {
    this.request = request;
    this.list = [...request.SourceUrls];
    this.redact = this.redactorFor(request);
    const t = context.timings;
    this.backoff = new Backoff({ baseMs: t.backoffMs, maxMs: t.backoffMaxMs, stableMs: t.stableMs });
    const startIndex = Math.max(0, (request.FileIndex ?? 1) - 1);
    this.fileIndex = resume?.fileIndex ?? Math.min(startIndex, this.list.length - 1);
    this.seek = resume?.offsetTime ?? (resume ? 0 : (request.OffsetTime ?? 0));
    this.offsetAsked = !resume && (request.OffsetTime ?? 0) > 0;
    this.looped = resume?.loopedTimes ?? 0;
    // TaskStart waits for the push to be on air (goOnAir).
    context.setOnAir(request.SpecifyTaskId, false);
    this.done = this.loop();
  }

  get isVod(): boolean {
    return this.request.SourceType === 'PullVodPushLive';
  }

  /** Stops the relay (SIGINT, then SIGKILL after the grace period) and reports TaskExit. */
  async stop(reason: StopReason): Promise<void> {
    if (!this.stopReason) this.stopReason = reason;
    this.abortReader?.('stop');
    this.wake?.();
    await this.done;
  }

  /** An edit of the task while it runs. SourceUrls follow VodRefreshType; other fields apply from now on. */
  applyEdit(request: BackendCreateRequest, refreshType: VodRefreshType | null): void {
    const listChanged = JSON.stringify(request.SourceUrls) !== JSON.stringify(this.request.SourceUrls);
    this.request = request;
    this.redact = this.redactorFor(request);
    this.emit('ResetTaskConfig', {});
    if (!listChanged) return;
    // Files no longer listed cannot fail again: their alarms are not kept.
    for (const url of this.alarmedFiles) if (!request.SourceUrls.includes(url)) this.alarmedFiles.delete(url);
    if (!this.isVod) {
      this.list = [...request.SourceUrls];
      this.abortReader?.('edit');
      return;
    }
    if ((refreshType ?? request.VodRefreshType) === 'ContinueBreakPoint') {
      this.pendingList = [...request.SourceUrls];
      return;
    }
    this.list = [...request.SourceUrls];
    this.pendingList = null;
    this.pullFailures = 0;
    this.fileIndex = 0;
    this.seek = 0;
    this.looped = 0;
    this.passPlayed = false;
    this.abortReader?.('edit');
  }

  /**
   * Masks the task's secrets in a line; ffmpeg's mentions of the loopback gateway become the source's own URL
   * first (then masked like it), so messages name what people gave.
   */
  private redactorFor(request: BackendCreateRequest): (text: string) => string {
    const mask = makeRedactor([destinationUrl(request), ...request.SourceUrls, request.BackupSourceUrl ?? '']);
    return (text) => mask(this.context.gateway.restoreUrls(text));
  }

  private emit(event: CallbackEvent, detail: RelayEventDetail): void {
    this.context.emit(this.request, event, detail);
  }

  private alarm(type: AlarmType, failure: Failure): void {
    const message = this.redact(failure.raw ?? failure.reason.code);
    this.context.logger.warn({ task: this.request.SpecifyTaskId, type, reason: failure.reason.code, message }, 'relay alarm');
    this.emit('TaskAlarm', { type, message, reason: this.redactReason(failure.reason) });
  }

  /** Whether the stream has flowed again for long enough since an interruption to end its failure streak. */
  private backLongEnough(): boolean {
    this.backSince ??= Date.now();
    return Date.now() - this.backSince >= this.context.timings.stableMs;
  }

  /** The relay is off air before its end time: one TaskExit per streak, and TaskStart again once it is back. */
  private exitInterrupted(code: number | string, failure: Failure): void {
    this.airWatch?.reset();
    this.backSince = null;
    this.setOnAir(false);
    // What was read but held never reached viewers; a file played again after this is announced again.
    this.heldFileEvents = [];
    this.startedFile = null;
    if (this.exitReported) return;
    this.exitReported = true;
    this.emit('TaskExit', { task_exit_time: Date.now(), code, message: this.redact(failure.raw ?? failure.reason.code), reason: this.redactReason(failure.reason) });
  }

  /** Tool output quoted in a reason may hold a URL with its token: masked like the message. */
  private redactReason(reason: RelayReason): RelayReason {
    if (!reason.values) return reason;
    const values: Record<string, string | number> = {};
    // Not `messageKey`: it is our own locale key, and a stream key that happens to be a word ("live/offset")
    // would otherwise mask part of it, leaving the reader a key the notifier cannot find.
    for (const [name, value] of Object.entries(reason.values)) values[name] = typeof value === 'string' && name !== 'messageKey' ? this.redact(value) : value;
    return { code: reason.code, values };
  }

  private setOnAir(onAir: boolean): void {
    this.onAir = onAir;
    this.context.setOnAir(this.request.SpecifyTaskId, onAir);
  }

  /** A progress report of the push: once the destination has kept taking data, the relay is on air. */
  private onPushProgress(totalSize: number): void {
    if (this.airWatch?.sawSize(totalSize)) this.goOnAir();
  }

  /** The destination takes the stream: TaskStart, then the file events held until now. */
  private goOnAir(): void {
    if (this.onAir) return;
    if (this.exitReported && !this.backLongEnough()) {
      // Flowing again after an interruption, but not for long yet: `status` says it pushes, the channel is not
      // told until the streak is over (see backSince).
      this.context.setOnAir(this.request.SpecifyTaskId, true);
      return;
    }
    this.announceOnAir(Date.now());
  }

  /**
   * The run ends (its end time, a stop) while the stream flows again after an interruption, before that had lasted
   * long enough to be told: it was on air at the end, and the channel, told only of the interruption, would believe
   * it never came back. It hears that it did, and since when, before it hears the end.
   */
  private announceRecoveryAtEnd(): void {
    if (this.onAir || !this.exitReported || this.backSince === null) return;
    this.announceOnAir(this.backSince);
  }

  private announceOnAir(since: number): void {
    this.backSince = null;
    this.setOnAir(true);
    this.exitReported = false;
    this.pushAlarmed = false;
    this.emit('TaskStart', { task_start_time: since });
    const held = this.heldFileEvents;
    this.heldFileEvents = [];
    for (const { event, detail } of held) this.emit(event, detail);
  }

  /** A file started playing into the push: reported now when on air, else when the push gets there. */
  private reportFileStart(detail: RelayEventDetail): void {
    // A retry of a file that failed part-way continues it: the provider reports a file's start once, not per
    // attempt (after an interruption, startedFile is cleared and the file is announced again).
    const started = this.startedFile;
    const retry = this.pullFailures > 0 && started !== null && started.url === detail.url && started.index === (detail.index ?? null);
    if (retry) return;
    this.startedFile = { url: String(detail.url), index: detail.index ?? null };
    this.reportFileEvent('VodSourceFileStart', detail);
  }

  private reportFileEvent(event: 'VodSourceFileStart' | 'VodSourceFileFinish', detail: RelayEventDetail): void {
    if (this.onAir) this.emit(event, detail);
    else this.heldFileEvents.push({ event, detail });
  }

  private async loop(): Promise<void> {
    this.session = this.context.gateway.openSession();
    let finished = false;
    try {
      while (!this.stopReason && !finished) {
        const startedAt = Date.now();
        try {
          finished = this.direct ? await this.runDirect() : await this.runPipeline();
        } catch (error) {
          if (this.stopReason) break;
          const failure: Failure =
            error instanceof PushFailure ? { reason: pushFailureReason(error.exit.errorLine), raw: error.message } : refusalFailure(error, 'pushFailed');
          // One alarm per failure streak, not one per retry: a streak ends when the relay is on air again.
          if (!this.pushAlarmed) this.alarm('PushStreamFailed', failure);
          this.pushAlarmed = true;
          this.exitInterrupted(error instanceof PushFailure ? (error.exit.code ?? -1) : -1, failure);
          this.backoff.noteHealthy(Date.now() - startedAt);
          await this.sleep(this.backoff.nextDelay());
        }
      }
    } finally {
      await this.probe?.stop(this.context.timings.stopGraceMs);
      await this.primaryCheck;
      this.session.close();
      this.announceRecoveryAtEnd();
      this.setOnAir(false);
      // A playlist whose loops are done ends the task (VodLoopTimes), like its end time does.
      const reason: RelayReasonCode = finished ? 'loopsDone' : STOP_REASONS[this.stopReason ?? 'end-time'];
      this.emit('TaskExit', { task_exit_time: Date.now(), code: 0, message: reason, reason: { code: reason } });
    }
  }

  /**
   * A live source without a backup: one ffmpeg from source to destination (see directRelayArgs). Only where the
   * kernel ends it with the bot (setpriv): its input and output are its own connections, so nothing else would,
   * and a bot killed and started again would find its stream held by its own orphan. Elsewhere a reader and a
   * muxer piped through this process carry it, as for a backup, and the bot's death closes their pipes.
   */
  private get direct(): boolean {
    return !this.isVod && !this.request.BackupSourceUrl && childrenDieWithUs();
  }

  /** One run of the direct relay. Resolves when it ends (the loop retries); throws PushFailure. */
  private async runDirect(): Promise<boolean> {
    const destination = parseEndpoint(destinationUrl(this.request), 'destination', this.context.policy, this.srt('output'));
    const output = await prepareAccess(destination, this.accessContext());
    const choice: InputChoice = { url: this.list[0]!, file: false, seek: 0, backup: false };
    this.pullFailure = null;
    let input: Access;
    try {
      input = await prepareAccess(parseEndpoint(choice.url, 'source', this.context.policy, this.srt('input')), this.accessContext());
    } catch (error) {
      output.release();
      this.pullFailure = refusalFailure(error, 'sourceRefused');
      await this.afterReader(choice, 'failed', 0);
      return false;
    }
    let wrote = 0;
    let lastAdvance = Date.now();
    /** When the stream first flowed: how long it then flowed, not how long ffmpeg ran, is what it played. */
    let flowingSince = 0;
    let stalledOut = false;
    const pinned = /^\w+:\/\/([\d.]+):(\d+)\//.exec(output.url);
    const destinationCongested = () => (pinned ? sendQueueTo(pinned[1]!, Number(pinned[2])) > CONGESTED_BYTES : false);
    const relay = new FfmpegProcess({
      binary: this.context.binary.path,
      args: directRelayArgs(input, output, 10_000),
      logger: this.context.logger,
      redact: this.redact,
      label: `${this.request.SpecifyTaskId} relay`,
      onProgress: (report) => {
        if (report.totalSize <= wrote) return;
        if (wrote === 0) {
          this.saveProgress(choice);
          flowingSince = Date.now();
        }
        wrote = report.totalSize;
        lastAdvance = Date.now();
        this.onPushProgress(report.totalSize);
      },
    });
    this.airWatch = new OnAirWatch();
    let aborted = false;
    this.abortReader = () => {
      aborted = true;
      void relay.stop(this.context.timings.stopGraceMs);
    };
    const watch = setInterval(() => {
      const stalledFor = Date.now() - lastAdvance;
      if (stalledFor <= this.context.timings.stallMs || stalledOut) return;
      // Data piling up towards the destination is the push's problem; anything else, the source's.
      if (BLOCKED_SENDING.test(relay.waitChannel() ?? '') || destinationCongested()) {
        stalledOut = true;
        this.alarm('PushStreamUnstable', { reason: { code: 'noProgress', values: { seconds: Math.round(stalledFor / 1000) } } });
        return;
      }
      this.pullFailure = { reason: { code: 'sourceSilent', values: { seconds: Math.round(stalledFor / 1000) } } };
      void relay.stop(this.context.timings.stopGraceMs);
    }, 1000);
    try {
      const exit = await relay.exited;
      if (this.stopReason || aborted) return false;
      // ffmpeg prefixes an I/O error with the URL it concerns.
      if (exit.errorLine?.includes(this.redact(output.url))) throw new PushFailure(exit);
      if (!exit.stopped || !this.pullFailure) this.pullFailure = exit.errorLine ? { reason: pullFailureReason(exit.errorLine), raw: exit.errorLine } : { reason: { code: 'sourceEnded' } };
      // Not the seconds it then sat silent until the stall watch stopped it: those were no sign of health.
      await this.afterReader(choice, 'failed', wrote > 0 ? (lastAdvance - flowingSince) / 1000 : 0);
      return false;
    } finally {
      clearInterval(watch);
      this.abortReader = null;
      input.release();
      output.release();
    }
  }

  /** One destination connection. Resolves true when the playlist is done; throws PushFailure. */
  private async runPipeline(): Promise<boolean> {
    const destination = parseEndpoint(destinationUrl(this.request), 'destination', this.context.policy, this.srt('output'));
    const output = await prepareAccess(destination, this.accessContext());
    let wroteBytes = 0;
    // Files: node splices them into one stream (one ffmpeg in all for FLV and fast-start MP4 files); live: MPEG-TS readers.
    const vod = this.isVod;
    const muxer = new FfmpegProcess({
      binary: this.context.binary.path,
      args: vod ? splicedMuxerArgs(output, 10_000) : muxerArgs(output, 10_000),
      logger: this.context.logger,
      redact: this.redact,
      label: `${this.request.SpecifyTaskId} push`,
      stdinPipe: true,
      onProgress: (report) => {
        if (report.totalSize > wroteBytes) {
          wroteBytes = report.totalSize;
          this.onPushProgress(report.totalSize);
        }
      },
    });
    this.muxer = muxer;
    this.streamAudio = null;
    this.muxerFed = false;
    this.airWatch = new OnAirWatch();
    const splice = vod ? { feed: new FlvFeed(muxer.stdin!), splicer: new FlvSplicer() } : null;
    let tsOffset = 0;
    try {
      while (!this.stopReason) {
        const choice = this.nextInput();
        if (!choice) {
          // A push that took all of a short remainder and closed cleanly was on air, however briefly.
          if ((await this.finishMuxer(muxer)).code === 0 && wroteBytes > 0) this.goOnAir();
          return true;
        }
        const { outcome, played, reached } = splice
          ? await this.runFile(choice, muxer, splice.feed, splice.splicer)
          : { ...(await this.runReader(choice, muxer, tsOffset)), reached: undefined };
        tsOffset += played;
        if (played > 0) this.muxerFed = true;
        if (!muxer.running) {
          // Resume the file where the destination stopped taking it — if it ever took it: what a push that
          // never got on air swallowed (a refused publish takes a few frames) was not played to anyone.
          if (choice.file && !choice.backup) this.seek = this.onAir ? (reached ?? choice.seek + played) : choice.seek;
          throw new PushFailure(await muxer.exited);
        }
        await this.afterReader(choice, outcome, played, reached);
      }
      await this.finishMuxer(muxer);
      return false;
    } catch (error) {
      await muxer.stop(this.context.timings.stopGraceMs);
      throw error;
    } finally {
      splice?.feed.close();
      output.release();
      this.muxer = null;
    }
  }

  /** End of stream for the muxer: it flushes and closes the connection cleanly. */
  private async finishMuxer(muxer: FfmpegProcess): Promise<FfmpegExit> {
    muxer.stdin?.end();
    const timer = setTimeout(() => void muxer.stop(this.context.timings.stopGraceMs), this.context.timings.stopGraceMs);
    const exit = await muxer.exited;
    clearTimeout(timer);
    return exit;
  }

  private nextInput(): InputChoice | null {
    const backupUrl = this.request.BackupSourceUrl;
    if (!this.isVod) {
      if (this.onBackup && backupUrl) {
        return { url: backupUrl, file: this.request.BackupSourceType === 'PullVodPushLive', seek: 0, backup: true };
      }
      return { url: this.list[0]!, file: false, seek: 0, backup: false };
    }
    const loops = Number(this.request.VodLoopTimes ?? '-1');
    if (this.fileIndex >= this.list.length) {
      this.looped += 1;
      this.fileIndex = 0;
      this.passPlayed = false;
      if (loops >= 0 && this.looped > loops) return null;
    }
    return { url: this.list[this.fileIndex]!, index: this.fileIndex, file: true, seek: this.seek, backup: false };
  }

  /**
   * Plays one file into the spliced stream until it ends, fails, or is aborted. `played` is output seconds,
   * `reached` the position in the file (seconds) up to which it reached the muxer.
   */
  private async runFile(
    choice: InputChoice,
    muxer: FfmpegProcess,
    feed: FlvFeed,
    splicer: FlvSplicer,
  ): Promise<{ outcome: ReaderOutcome; played: number; reached: number }> {
    let played = 0;
    let reached = choice.seek;
    let aborted = false;
    this.pullFailure = null;
    this.fileDuration = null;
    let announced = false;
    let lastAdvance = Date.now();
    let unstable = false;
    let firstWrite = 0;
    let fileBase = -1;
    // When node last held bytes the muxer's full input would not take (sampled at each burst of the feed).
    let pushBlockedAt = 0;
    const pushHeldBack = () => Date.now() - pushBlockedAt < 2500 || feed.pushBlocked;
    // Set once this attempt is over. Tags it queued before failing still reach the muxer afterwards (they are
    // media, they play), but their callbacks must not announce it or move the position: by then the next attempt,
    // or the next file, owns those (a late start of a failed attempt was reported as a second start of the file).
    let over = false;
    const announce = () => {
      if (announced || over || choice.index === undefined) return;
      // At the requested OffsetTime only once something plays: an offset past the file's end plays nothing of
      // it, which is no start (afterFile says so), though the splicer hands over its codec headers.
      if (this.offsetAsked && played === 0) return;
      announced = true;
      this.reportFileStart({ url: choice.url, index: choice.index, duration: this.fileDuration ?? 0 });
    };
    let file: SplicedFile;
    try {
      file = new SplicedFile({
        endpoint: parseEndpoint(choice.url, 'source', this.context.policy, this.srt('input')),
        seek: choice.seek,
        splicer,
        feed,
        access: this.accessContext(),
        fetch: (url, signal) => this.context.gateway.fetch(url, signal),
        ffmpeg: {
          binary: this.context.binary.path,
          logger: this.context.logger,
          redact: this.redact,
          label: `${this.request.SpecifyTaskId} pull ${choice.index}`,
          stopGraceMs: this.context.timings.stopGraceMs,
        },
        onDuration: (seconds) => {
          this.fileDuration ??= seconds;
        },
        onWritten: (tag) => {
          if (over) return;
          if (fileBase < 0) {
            // The file's first output time: where the splicer started it (not this tag's: the feed reports the
            // last tag of each burst, and a first burst can hold a second of the file after a slow start).
            fileBase = splicer.fileStartMs;
            firstWrite = performance.now();
          }
          const now = Math.max(played, (tag.timestamp - fileBase) / 1000);
          const first = played === 0 && now > 0;
          if (now > played || !announced) lastAdvance = Date.now();
          played = now;
          const start = file.reader === 'node' ? (splicer.startMs ?? choice.seek * 1000) / 1000 : choice.seek;
          reached = start + played;
          this.fileOffset = reached;
          if (first) this.saveProgress(choice);
          announce();
        },
        onProgress: (report) => {
          // An ffmpeg reader slower than real time (node paces it, so it is never faster for long): the source or
          // the push holds it back.
          if (!unstable && played > SPEED_WARMUP_S && report.speed < SLOW_SPEED) {
            unstable = true;
            this.alarm(pushHeldBack() ? 'PushStreamUnstable' : 'PullFileUnstable', { reason: { code: 'slow', values: { speed: report.speed } } });
          }
        },
      });
    } catch (error) {
      this.context.logger.warn({ err: error, task: this.request.SpecifyTaskId }, 'source refused');
      this.pullFailure = refusalFailure(error, 'sourceRefused');
      return { outcome: 'failed', played: 0, reached };
    }
    const aborting = new Promise<void>((resolve) => {
      this.abortReader = () => {
        aborted = true;
        file.stop();
        resolve();
      };
    });
    // The watchers run in the feed's bursts, not on a timer of their own: one wake-up of node fewer a second.
    let savedAt = Date.now();
    const nodeSpeed = new SpeedWindow(SPEED_WINDOW_MS);
    const stopWatching = feed.onTick(() => {
      const now = Date.now();
      if (now - savedAt >= 5000 && played > 0) {
        savedAt = now;
        this.saveProgress(choice);
      }
      if (feed.pushBlocked) pushBlockedAt = now;
      if (file.reader === 'node' && firstWrite) {
        // Node's own reader has no ffmpeg to report a speed: a source serving slower than real time only
        // trickles (never long enough without data to count as a stall) and viewers see it stutter.
        nodeSpeed.add(now, played);
        const speed = nodeSpeed.speed;
        if (!unstable && played > SPEED_WARMUP_S && speed !== undefined && speed < SLOW_SPEED) {
          unstable = true;
          this.alarm(pushHeldBack() ? 'PushStreamUnstable' : 'PullFileUnstable', { reason: { code: 'slow', values: { speed: Number(speed.toFixed(2)) } } });
        }
      }
      const stalledFor = now - lastAdvance;
      if (stalledFor > this.context.timings.stallMs && !unstable) {
        unstable = true;
        // Tags waiting for the muxer's full input wait for the destination; otherwise the source is slow.
        this.alarm(pushHeldBack() ? 'PushStreamUnstable' : 'PullFileUnstable', { reason: { code: 'noProgress', values: { seconds: Math.round(stalledFor / 1000) } } });
      }
      // A source that stays stalled is given up on (the request and rw_timeout catch most of these first).
      if (stalledFor > 3 * this.context.timings.stallMs && !pushHeldBack()) {
        this.pullFailure = { reason: { code: 'sourceSilent', values: { seconds: Math.round(stalledFor / 1000) } } };
        file.stop();
      }
    });
    try {
      const end = await Promise.race([file.done, aborting.then(() => null), muxer.exited.then(() => null)]);
      if (aborted || !muxer.running) {
        file.stop();
        // An immediate cut: what was queued of this file is not played; the next file continues from what was.
        const written = feed.dropQueued();
        if (written >= 0) splicer.resumeAfter(written);
      }
      const elapsed = firstWrite ? (performance.now() - firstWrite) / 1000 : 0;
      this.context.logger.info(
        { task: this.request.SpecifyTaskId, index: choice.index, played, speed: elapsed > 1 ? played / elapsed : Number.NaN, by: file.reader === 'node' ? 'node' : 'ffmpeg' },
        'source read',
      );
      if (aborted || !muxer.running || !end) return { outcome: 'aborted', played, reached };
      // A resumed file whose remaining part was empty also ends well with nothing played.
      if (end.ok && (played > 0 || choice.seek > 0)) {
        announce();
        return { outcome: 'finished', played, reached };
      }
      this.pullFailure ??= end.error
        ? { reason: end.reason ?? pullFailureReason(end.error), raw: end.error, ...(end.permanent ? { permanent: true } : {}) }
        : { reason: { code: 'sourceEmpty' } };
      return { outcome: 'failed', played, reached };
    } finally {
      over = true;
      stopWatching();
      this.abortReader = null;
    }
  }

  /** Runs one reader into the muxer until it ends, fails, or is aborted. `played` is output seconds. */
  private async runReader(
    choice: InputChoice,
    muxer: FfmpegProcess,
    tsOffset: number,
  ): Promise<{ outcome: ReaderOutcome; played: number }> {
    let input: Access;
    try {
      const endpoint = parseEndpoint(choice.url, 'source', this.context.policy, this.srt('input'));
      input = await prepareAccess(endpoint, this.accessContext());
    } catch (error) {
      this.context.logger.warn({ err: error, task: this.request.SpecifyTaskId }, 'source refused');
      this.pullFailure = refusalFailure(error, 'sourceRefused');
      return { outcome: 'failed', played: 0 };
    }
    let played = 0;
    let aborted = false;
    this.pullFailure = null;
    let announced = false;
    let lastAdvance = Date.now();
    let unstable = false;
    let firstReport: { at: number; outTime: number } | undefined;
    const audio = this.audioEncodingFor(choice.url) ?? (!this.muxerFed && choice.file ? await this.silenceIfSoundless(choice.url) : undefined);
    const audioWatch = new InputAudioWatch();
    // When the reader was last seen blocked writing into the muxer's full input (sampled once a second).
    let pipeBlockedAt = 0;
    const pushHeldBack = () => Date.now() - pipeBlockedAt < 2500 || (muxer.stdin?.writableNeedDrain ?? false);
    let steadySpeed = Number.NaN;
    this.fileDuration = null;
    const announce = () => {
      if (announced || !choice.file || choice.index === undefined) return;
      announced = true;
      this.reportFileStart({ url: choice.url, index: choice.index, duration: this.fileDuration ?? 0 });
    };
    const reader = new FfmpegProcess({
      binary: this.context.binary.path,
      args: readerArgs({ input, realtime: choice.file, seek: choice.seek, tsOffset, ioTimeoutMs: 10_000, ...(audio ? { audio } : {}) }),
      logger: this.context.logger,
      redact: this.redact,
      label: `${this.request.SpecifyTaskId} pull ${choice.index ?? (choice.backup ? 'backup' : 'live')}`,
      // Straight into the muxer when the kernel guarantees both die with us; through this process otherwise
      // (then the bot's death closes the pipe, which ends them).
      stdout: childrenDieWithUs() ? muxer.stdin! : 'pipe',
      onStderrLine: (line) => {
        const duration = parseInputDuration(line);
        if (duration !== undefined && this.fileDuration === null) this.fileDuration = duration;
        if (audioWatch.format !== undefined || this.streamAudio) return;
        audioWatch.line(line);
        // The muxer's first reader: what it copies is the stream's audio from now on.
        if (audioWatch.format !== undefined) this.streamAudio = audioWatch.format;
      },
      onProgress: (report: ProgressReport) => {
        if (report.outTime > played) {
          const first = played === 0;
          played = report.outTime;
          lastAdvance = Date.now();
          this.fileOffset = choice.seek + played;
          if (first) this.saveProgress(choice);
          announce();
        }
        // Speed over the steady part (first report to last), which startup latency does not drag down.
        if (report.outTime > 0) {
          firstReport ??= { at: performance.now(), outTime: report.outTime };
          const elapsed = (performance.now() - firstReport.at) / 1000;
          if (elapsed > 1) steadySpeed = (report.outTime - firstReport.outTime) / elapsed;
        }
        if (!unstable && choice.file && played > SPEED_WARMUP_S && report.speed < SLOW_SPEED) {
          unstable = true;
          // Slower than real time because the push holds it back, or because the source does.
          this.alarm(pushHeldBack() ? 'PushStreamUnstable' : 'PullFileUnstable', { reason: { code: 'slow', values: { speed: report.speed } } });
        }
      },
    });
    this.reader = reader;
    reader.stdout?.pipe(muxer.stdin!, { end: false });
    const aborting = new Promise<void>((resolve) => {
      this.abortReader = () => {
        aborted = true;
        resolve();
      };
    });
    let ticks = 0;
    const watch = setInterval(() => {
      if (++ticks % 5 === 0) this.saveProgress(choice);
      if (BLOCKED_SENDING.test(reader.waitChannel() ?? '')) pipeBlockedAt = Date.now();
      const stalledFor = Date.now() - lastAdvance;
      const stalled = stalledFor > this.context.timings.stallMs;
      // A reader blocked writing into a full pipe waits for the muxer, i.e. for the destination.
      const pushBlocked = stalled && pushHeldBack();
      // A live source that stops sending often keeps its connection open (the server waits for its publisher):
      // a stall is its death, and the sooner the backup takes over the better.
      if (stalled && !choice.file && !pushBlocked) {
        this.pullFailure = { reason: { code: 'sourceSilent', values: { seconds: Math.round(stalledFor / 1000) } } };
        void reader.stop(this.context.timings.stopGraceMs);
        return;
      }
      if (stalled && !unstable) {
        unstable = true;
        this.alarm(pushBlocked ? 'PushStreamUnstable' : 'PullFileUnstable', { reason: { code: 'noProgress', values: { seconds: Math.round(stalledFor / 1000) } } });
      }
      // A file source that stays stalled is given up on (rw_timeout catches most of these first).
      if (stalledFor > 3 * this.context.timings.stallMs) void reader.stop(this.context.timings.stopGraceMs);
    }, 1000);
    const backupWatch = choice.backup ? this.watchPrimary(() => this.abortReader?.('primary back')) : null;
    try {
      await Promise.race([reader.exited, aborting, muxer.exited]);
      if (aborted || !muxer.running) await reader.stop(this.context.timings.stopGraceMs);
      const exit = await reader.exited;
      reader.stdout?.unpipe(muxer.stdin!);
      this.context.logger.info({ task: this.request.SpecifyTaskId, index: choice.index, played, speed: steadySpeed }, 'source read');
      if (aborted) return { outcome: 'aborted', played };
      if (!muxer.running) return { outcome: 'aborted', played };
      // A resumed file whose remaining part was empty also ends with code 0 and nothing played.
      if (exit.code === 0 && !exit.stopped && (played > 0 || (choice.file && choice.seek > 0))) {
        announce();
        return { outcome: 'finished', played };
      }
      if (!exit.stopped) {
        this.pullFailure = exit.errorLine
          ? { reason: pullFailureReason(exit.errorLine), raw: exit.errorLine }
          : { reason: { code: 'sourceEnded' }, raw: `source ended (code ${exit.code ?? exit.signal})` };
      }
      return { outcome: 'failed', played };
    } finally {
      clearInterval(watch);
      backupWatch?.();
      this.abortReader = null;
      this.reader = null;
      input.release();
    }
  }

  /** Why the last source read failed (null until one did). */
  private pullFailure: Failure | null = null;

  /**
   * How a live source's audio goes into the muxer: copied by the muxer's first reader (it sets the stream's
   * format) and by the primary when the probe that found it back described the stream's format; re-encoded to the
   * stream's format otherwise (a backup, whose audio nothing described beforehand: copying audio that turned out to
   * differ would put frames the destination cannot decode on air before the reader could be stopped).
   */
  private audioEncodingFor(url: string): AudioEncoding | undefined {
    const probed = this.probedAudio?.url === url ? this.probedAudio.format : undefined;
    this.probedAudio = null; // a description holds for the read right after it
    if (!this.streamAudio || probed === null || (probed && sameAudioFormat(probed, this.streamAudio))) return undefined;
    const encoding = encodingFor(this.streamAudio);
    // An HE-AAC stream cannot be matched (ffmpeg's encoder writes AAC-LC): the source is copied, as before.
    if (!encoding) this.context.logger.warn({ task: this.request.SpecifyTaskId, stream: describeAudioFormat(this.streamAudio) }, 'audio copied unchanged: ffmpeg cannot encode the stream\'s audio format');
    return encoding ?? undefined;
  }

  /**
   * A muxer whose first reader is a backup file without sound (the primary down when the relay starts, a slate as
   * the backup) would have no sound track for its whole life: the primary's sound, once back, was left out. Such a
   * file is read with silence in SILENT_STREAM_AUDIO's format instead (ffmpeg-args.ts), which becomes the stream's;
   * the primary is then re-encoded to it. Known by reading a second of the file first.
   */
  private async silenceIfSoundless(url: string): Promise<AudioEncoding | undefined> {
    const { alive, hasAudio } = await this.describeSource(url);
    // Only a file described, and described without any audio stream: one with sound of any codec is read as before.
    if (!alive || hasAudio !== false) return undefined;
    this.streamAudio = SILENT_STREAM_AUDIO;
    return encodingFor(SILENT_STREAM_AUDIO) ?? undefined;
  }

  private async afterReader(choice: InputChoice, outcome: ReaderOutcome, played: number, reached?: number): Promise<void> {
    if (played * 1000 >= this.context.timings.stableMs) this.backoff.noteHealthy(played * 1000);
    if (outcome === 'aborted') {
      // An edit or a switch back to the primary: nextInput() already reflects it.
      if (this.primaryBack) {
        this.primaryBack = false;
        this.onBackup = false;
      }
      return;
    }
    if (choice.file && !choice.backup) return this.afterFile(choice, outcome, played, reached ?? choice.seek + played);
    if (outcome === 'finished' && choice.backup) {
      // A file backup played once: the API says the primary is checked after each pass of it. The check runs
      // while the next pass plays — waiting for it left the destination without media for seconds (the probe's
      // time) after every pass.
      this.checkPrimaryAfterPass();
      return;
    }
    // A source's failure streak ends once it has played for `stableMs` (as the push's does, see backSince): one
    // that comes back for a few seconds and drops again, over and over, is one incident, not an alarm per drop.
    const recovered = played * 1000 >= this.context.timings.stableMs;
    // A live source that ends before the end time has failed, even when ffmpeg exits 0.
    if (!choice.backup) {
      if (recovered) this.pullAlarmed = false;
      // One alarm per failure streak, not one per retry.
      const failure = this.pullFailure ?? { reason: { code: 'sourceEnded' } };
      if (!this.pullAlarmed) this.alarm('PullFileFailed', failure);
      this.pullAlarmed = true;
      if (this.request.BackupSourceUrl) {
        this.onBackup = true;
        return;
      }
      this.exitInterrupted(-1, failure);
    } else {
      // The backup failed as well: nothing is on air. One alarm per streak, as for the primary, not one per retry.
      const failure = this.pullFailure ?? { reason: { code: 'backupEnded' } };
      if (recovered) this.backupAlarmed = false;
      if (!this.backupAlarmed) this.alarm('PullFileFailed', failure);
      this.backupAlarmed = true;
      this.exitInterrupted(-1, failure);
    }
    await this.sleep(this.backoff.nextDelay());
  }

  private async afterFile(choice: InputChoice, outcome: ReaderOutcome, played: number, reached: number): Promise<void> {
    const index = choice.index!;
    const duration = this.fileDuration ?? 0;
    const failure = this.pullFailure ?? { reason: { code: 'sourceEmpty' } };
    // Part of the file reached viewers, even if this attempt then failed: the pass is no empty one (which would
    // be reported as an interruption, though the relay stayed on air).
    if (played > 0) this.passPlayed = true;
    if (outcome === 'failed') {
      this.pullFailures += 1;
      // One alarm per broken file until it plays again, not one per retry or per pass.
      if (!this.alarmedFiles.has(choice.url)) this.alarm('PullFileFailed', failure);
      this.alarmedFiles.add(choice.url);
      // A file refused for what it is (its codecs, say) is skipped at once: retrying it only kept the destination
      // without media for the retries' backoff (~3 s for a second such file in a row).
      if (this.pullFailures < FILE_ATTEMPTS && !failure.permanent) {
        // Retry the same file from where it stopped.
        this.seek = reached;
        await this.sleep(this.backoff.nextDelay());
        return;
      }
    } else if (this.offsetAsked && played === 0 && choice.seek > 0) {
      const offset = Number(choice.seek.toFixed(1));
      const message = `the start offset (${offset} s) is past the end of the file: nothing of it was played`;
      this.alarm('PullFileFailed', { reason: { code: 'sourceFailed', values: { message, messageKey: 'runner.offsetPastEnd', offset } }, raw: message });
    } else if (duration > 0 && reached < duration - END_EARLY_TOLERANCE) {
      this.alarm('FileEndEarly', { reason: { code: 'endedEarly', values: { played: Number(reached.toFixed(1)), duration: Number(duration.toFixed(1)) } } });
    }
    this.pullFailures = 0;
    this.offsetAsked = false;
    if (outcome === 'finished' && played > 0) this.alarmedFiles.delete(choice.url);
    if (outcome === 'finished' || played > 0) this.passPlayed = true;
    // Only a file whose start was reported (or is held) finishes: one skipped after failing was never announced.
    if (this.startedFile?.index === index && this.startedFile.url === choice.url) {
      this.reportFileEvent('VodSourceFileFinish', { url: choice.url, index, duration });
      this.startedFile = null;
    }
    this.seek = 0;
    this.fileIndex = index + 1;
    if (this.fileIndex >= this.list.length && !this.passPlayed && !this.pendingList) {
      // A whole pass of the playlist played nothing: nothing is on air, and no loop was played to count. The
      // pass starts over after a pause, as the provider retries an unavailable source until the end time.
      this.fileIndex = 0;
      this.exitInterrupted(-1, failure);
      this.saveProgress(null);
      await this.sleep(this.backoff.nextDelay());
      return;
    }
    if (this.pendingList) {
      // ContinueBreakPoint: the current file has finished; the new list starts now, the old one is dropped.
      this.list = this.pendingList;
      this.pendingList = null;
      this.fileIndex = 0;
      this.looped = 0;
    }
    this.saveProgress(null);
  }

  /** While on the backup: checks the primary every primaryRetryMs; calls `back` when it answers again. */
  private watchPrimary(back: () => void): () => void {
    if (this.request.BackupSourceType === 'PullVodPushLive') return () => undefined;
    let cancelled = false;
    const tick = async () => {
      if (cancelled) return;
      if (await this.primaryAlive()) {
        if (cancelled) return;
        this.primaryBack = true;
        back();
        return;
      }
      timer = setTimeout(() => void tick(), this.context.timings.primaryRetryMs);
    };
    let timer = setTimeout(() => void tick(), this.context.timings.primaryRetryMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }

  /** A file backup finished a pass: probe the primary (one probe at a time); switch back when it answers. */
  private checkPrimaryAfterPass(): void {
    if (this.primaryCheck) return;
    this.primaryCheck = this.primaryAlive().then((alive) => {
      this.primaryCheck = null;
      if (!alive || !this.onBackup || this.stopReason) return;
      if (this.abortReader) {
        // A pass of the backup is playing: cut it, the primary continues where it stops (afterReader).
        this.primaryBack = true;
        this.abortReader('primary back');
      } else {
        this.onBackup = false;
      }
    });
  }

  private async primaryAlive(): Promise<boolean> {
    const { alive, audio } = await this.describeSource(this.list[0]!);
    // What the probe says of the primary's audio decides whether it is copied or re-encoded once back.
    if (alive && audio !== undefined) this.probedAudio = { url: this.list[0]!, format: audio };
    return alive;
  }

  /**
   * Opens a source and reads a second of it: whether it can be read, and its audio format as ffmpeg describes it
   * (null: none ffmpeg's encoders can match, or no audio; undefined: not described), and whether it has audio at all.
   */
  private async describeSource(url: string): Promise<{ alive: boolean; audio: AudioFormat | null | undefined; hasAudio: boolean | undefined }> {
    let input: Access | null = null;
    try {
      const endpoint = parseEndpoint(url, 'source', this.context.policy, this.srt('input'));
      input = await prepareAccess(endpoint, this.accessContext());
      const audioWatch = new InputAudioWatch();
      const probe = new FfmpegProcess({
        binary: this.context.binary.path,
        args: probeArgs(input, 5000),
        logger: this.context.logger,
        redact: this.redact,
        label: `${this.request.SpecifyTaskId} probe`,
        onStderrLine: (line) => audioWatch.line(line),
      });
      this.probe = probe;
      const timer = setTimeout(() => void probe.stop(this.context.timings.stopGraceMs), 8000);
      const exit = await probe.exited;
      clearTimeout(timer);
      return { alive: exit.code === 0 && !exit.stopped, audio: audioWatch.format, hasAudio: audioWatch.hasAudio };
    } catch {
      return { alive: false, audio: undefined, hasAudio: undefined };
    } finally {
      this.probe = null;
      input?.release();
    }
  }

  private saveProgress(choice: InputChoice | null): void {
    const reportTime = new Date().toISOString();
    if (!this.isVod) {
      // Live: which source is being pulled (the primary or the backup).
      const url = choice?.url ?? null;
      this.context.saveProgress(this.request.SpecifyTaskId, {
        fileIndex: null, fileUrl: url, fileDuration: null, offsetTime: null, loopedTimes: 0, reportTime,
      });
      return;
    }
    this.context.saveProgress(this.request.SpecifyTaskId, {
      fileIndex: choice?.index ?? this.fileIndex,
      fileUrl: choice?.url ?? this.list[this.fileIndex] ?? null,
      fileDuration: this.fileDuration,
      offsetTime: choice ? this.fileOffset : 0,
      loopedTimes: this.looped,
      reportTime,
    });
  }

  private accessContext() {
    return { gateway: this.session!, tunnel: this.context.tunnel, policy: this.context.policy };
  }

  private srt(direction: 'input' | 'output'): boolean {
    const set = direction === 'input' ? this.context.binary.inputProtocols : this.context.binary.outputProtocols;
    return set.has('srt') || set.has('libsrt');
  }

  /** Waits, waking early when the run is stopped. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
