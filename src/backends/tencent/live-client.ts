// The official SDK's live client, one per region (a request's own Region overrides the configured one).
// Only the live service is imported, not the whole SDK. The endpoint setting is a full URL; the SDK's
// profile wants the scheme and the host apart. SDK debug logging stays off: it would print the request.
import { live } from 'tencentcloud-sdk-nodejs/tencentcloud/services/live/index.js';
import type * as Models from 'tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models.js';
import type { Region } from '../../core/relay-request.js';

export type { Models as LiveModels };
export type LiveClient = InstanceType<typeof live.v20180801.Client>;

export interface LiveClientSettings {
  secretId: string;
  secretKey: string;
  endpoint: string;
  timeoutSeconds: number;
}

export function liveClientFactory(settings: LiveClientSettings): (region: Region) => LiveClient {
  const url = new URL(settings.endpoint);
  const clients = new Map<Region, LiveClient>();
  return (region) => {
    let client = clients.get(region);
    if (!client) {
      client = new live.v20180801.Client({
        credential: { secretId: settings.secretId, secretKey: settings.secretKey },
        region,
        profile: {
          httpProfile: { protocol: `${url.protocol}//`, endpoint: url.host, reqMethod: 'POST', reqTimeout: settings.timeoutSeconds },
        },
      });
      clients.set(region, client);
    }
    return client;
  };
}
