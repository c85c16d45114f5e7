// What the option stages collect from a command before it becomes a RelayRequest (or RelayChanges).
import type { BackendKind } from '../backend.js';
import type { RelayError } from '../errors.js';
import type { PullPushWatermarkInfo, SourceType, VodRefreshType } from '../relay-request.js';

export type Destination =
  | { kind: 'url'; url: string }
  /** `to app/stream` (domain undefined: the default push domain) or `to domain/app/stream`. */
  | { kind: 'path'; domain?: string; app: string; stream: string };

export interface CommandDraft {
  destinations: Destination[];
  backupUrl?: string;
  /** A push server's stream key said apart from its URL ("key abcd-…", 推流码 …): stream-key.ts. */
  streamKey?: string;
  comment?: string;
  /** The comment is one unquoted word after a label with a colon ("comment: at", 备注：晚上): labelled-comment.ts. */
  commentLabelled?: boolean;
  /** VodLoopTimes as the API wants it: "-1" forever, "0" no loop, "N". */
  loop?: string;
  /**
   * Edit-only: loops to add to the relay's own count ("loop 3 more times", 再循环3次), or, negative, to take from it
   * ("loop 2 fewer times", 少循环一次): relative-loops.ts.
   */
  loopMore?: number;
  /**
   * Edit-only: files added to or taken from the relay's playlist ("add <url>", 删除 <url>, "remove b.mp4"), or one of them replaced in
   * its place ("replace <url or file name> with <url>", 把 … 换成 <url>; `replaced` is the one named): playlist-edits.ts.
   */
  playlist?:
    | { option: 'add'; urls: string[] }
    /** `removed`: URLs of the list, or one file's name or place in it ("b.mp4", "the second file", 最后一个视频). */
    | { option: 'remove'; removed: string[] }
    | { option: 'replace'; replaced: string; urls: string[] };
  /** As typed (canonicalised when known); validation names the unknown ones. */
  events?: string[];
  pushArgs?: string;
  extraCmd?: string;
  fileIndex?: number;
  offsetTime?: number;
  region?: string;
  refresh?: VodRefreshType;
  watermarks: PullPushWatermarkInfo[];
  backend?: BackendKind;
  kind?: SourceType;
  /** Edit-only words: pause / resume. */
  status?: 'enable' | 'pause';
  errors: RelayError[];
}

export function emptyDraft(): CommandDraft {
  return { destinations: [], watermarks: [], errors: [] };
}
