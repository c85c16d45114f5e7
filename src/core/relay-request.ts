// The relay task under the provider's own names (CreateLivePullStreamTask, API version 2018-08-01).
// Everything in core speaks these names so that what we validate is exactly what we send.

export const SOURCE_TYPES = ['PullLivePushLive', 'PullVodPushLive'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const CALLBACK_EVENTS = [
  'TaskStart',
  'TaskExit',
  'VodSourceFileStart',
  'VodSourceFileFinish',
  'ResetTaskConfig',
  'TaskAlarm',
] as const;
export type CallbackEvent = (typeof CALLBACK_EVENTS)[number];

export const ALARM_TYPES = [
  'PullFileUnstable',
  'PushStreamUnstable',
  'PullFileFailed',
  'PushStreamFailed',
  'FileEndEarly',
] as const;
export type AlarmType = (typeof ALARM_TYPES)[number];

export const VOD_REFRESH_TYPES = ['ImmediateNewSource', 'ContinueBreakPoint'] as const;
export type VodRefreshType = (typeof VOD_REFRESH_TYPES)[number];

/** Regions the API page lists for this action. */
export const REGIONS = [
  'ap-bangkok',
  'ap-beijing',
  'ap-guangzhou',
  'ap-hongkong',
  'ap-mumbai',
  'ap-seoul',
  'ap-shanghai',
  'ap-singapore',
  'ap-tokyo',
  'na-ashburn',
  'na-siliconvalley',
] as const;
export type Region = (typeof REGIONS)[number];

export interface PullPushWatermarkInfo {
  PictureUrl: string;
  XPosition: number;
  YPosition: number;
  Width: number;
  Height: number;
  Location: number;
}

/** CreateLivePullStreamTask parameters. Times are UTC `YYYY-MM-DDTHH:MM:SSZ`. */
export interface RelayRequest {
  SourceType: SourceType;
  SourceUrls: string[];
  DomainName: string;
  AppName: string;
  StreamName: string;
  StartTime: string;
  EndTime: string;
  Operator: string;
  PushArgs?: string;
  CallbackEvents?: CallbackEvent[];
  VodLoopTimes?: string;
  VodRefreshType?: VodRefreshType;
  CallbackUrl?: string;
  ExtraCmd?: string;
  SpecifyTaskId?: string;
  Comment?: string;
  ToUrl?: string;
  FileIndex?: number;
  OffsetTime?: number;
  BackupSourceType?: SourceType;
  BackupSourceUrl?: string;
  WatermarkList?: PullPushWatermarkInfo[];
  /** Common parameter: which region's API endpoint runs the task. Sent as X-TC-Region, not in the body. */
  Region?: Region;
}

/** ModifyLivePullStreamTask's changeable fields (SourceType cannot change). */
export type RelayChanges = Partial<
  Pick<
    RelayRequest,
    | 'SourceUrls'
    | 'StartTime'
    | 'EndTime'
    | 'VodLoopTimes'
    | 'VodRefreshType'
    | 'CallbackEvents'
    | 'CallbackUrl'
    | 'ToUrl'
    | 'Comment'
    | 'BackupSourceType'
    | 'BackupSourceUrl'
    | 'WatermarkList'
    | 'FileIndex'
    | 'OffsetTime'
  >
> & { Status?: 'enable' | 'pause' };

/** Formats an instant the way the API wants it: second precision, `Z`. */
export function toApiTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
