// Our request shapes (core/relay-request.ts, already under the API's names) → the SDK's request models.
// Region is a common parameter (the X-TC-Region header), so it never goes into a body.
import type { BackendCreateRequest, ProviderTaskInfo, ProviderTaskStatus } from '../../core/backend.js';
import type { RelayChanges } from '../../core/relay-request.js';
import type { LiveModels } from './live-client.js';

export function createTaskRequest(request: BackendCreateRequest): LiveModels.CreateLivePullStreamTaskRequest {
  const { Region: _region, ...body } = request;
  // Assigned, not spread in after `body`: V8 adds a field written after a spread the slow way (~1 µs per create).
  if (body.WatermarkList) body.WatermarkList = body.WatermarkList.map((mark) => ({ ...mark }));
  return body;
}

export function modifyTaskRequest(taskId: string, changes: RelayChanges, operator: string): LiveModels.ModifyLivePullStreamTaskRequest {
  const { VodLoopTimes, ...rest } = changes;
  return {
    ...rest,
    TaskId: taskId,
    Operator: operator,
    // Create takes the loop count as a string, Modify as a number (SDK models).
    ...(VodLoopTimes !== undefined ? { VodLoopTimes: Number(VodLoopTimes) } : {}),
  };
}

export function toProviderTaskInfo(info: LiveModels.PullStreamTaskInfo): ProviderTaskInfo {
  const { VodLoopTimes, ...rest } = info;
  return { ...rest, TaskId: String(info.TaskId), ...(VodLoopTimes !== undefined ? { VodLoopTimes: String(VodLoopTimes) } : {}) };
}

export function toProviderTaskStatus(status: LiveModels.TaskStatusInfo): ProviderTaskStatus {
  return {
    RunStatus: status.RunStatus === 'active' ? 'active' : 'inactive',
    ...(status.FileUrl ? { FileUrl: status.FileUrl } : {}),
    ...(status.NextFileUrl ? { NextFileUrl: status.NextFileUrl } : {}),
    ...(status.ReportTime ? { ReportTime: status.ReportTime } : {}),
    FileDuration: status.FileDuration,
    OffsetTime: status.OffsetTime,
    LoopedTimes: status.LoopedTimes,
  };
}
