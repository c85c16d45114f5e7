// Prometheus metrics (prom-client), one registry per server so tests and several instances never share
// counters. Exposed at GET /metrics in the text exposition format.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Outbox, PipelineMetrics } from '../core/events/ports.js';
import type { TaskRepository } from '../core/ports.js';
import { TASK_STATES, type TaskState } from '../core/task.js';
import type { HttpRoutes } from './server.js';

export interface MetricsSources {
  /** Tasks by state, read at scrape time. */
  taskCounts?: () => Partial<Record<TaskState, number>>;
  outbox?: Pick<Outbox, 'counts'>;
}

export interface RelayMetrics {
  registry: Registry;
  pipeline: PipelineMetrics;
}

export function createRelayMetrics(sources: MetricsSources = {}): RelayMetrics {
  const registry = new Registry();
  const events = new Counter({
    name: 'relaybot_events_total',
    help: 'Relay callbacks by outcome: received, stored, duplicate, rejected.',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'relaybot_events_rejected_total',
    help: 'Refused relay callbacks by reason code.',
    labelNames: ['reason'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'relaybot_deliveries_total',
    help: 'Chat deliveries by outcome: delivered (one per event and target), retried, failed.',
    labelNames: ['outcome', 'platform'],
    registers: [registry],
  });
  const chatErrors = new Counter({
    name: 'relaybot_chat_api_errors_total',
    help: 'Chat API errors by platform and kind (rate_limited, transient, permanent).',
    labelNames: ['platform', 'kind'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'relaybot_delivery_latency_seconds',
    help: 'From a callback being stored to its event being in chat.',
    labelNames: ['platform'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  new Gauge({
    name: 'relaybot_tasks',
    help: 'Tasks by state.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const counts = sources.taskCounts?.() ?? {};
      for (const state of TASK_STATES) this.set({ state }, counts[state] ?? 0);
    },
  });
  new Gauge({
    name: 'relaybot_outbox_deliveries',
    help: 'Outbox rows by state (pending, sending, done, failed).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const counts = sources.outbox?.counts();
      if (counts) for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });

  // Children bound once: the receiver counts several times per callback, thousands of times a second.
  const received = events.labels('received');
  const stored = events.labels('stored');
  const duplicate = events.labels('duplicate');
  const rejected = events.labels('rejected');
  const pipeline: PipelineMetrics = {
    eventReceived: () => received.inc(),
    eventStored: () => stored.inc(),
    eventDuplicate: () => duplicate.inc(),
    eventRejected: (reason) => {
      rejected.inc();
      rejections.inc({ reason });
    },
    delivered: (platform, latencyMs) => {
      deliveries.inc({ outcome: 'delivered', platform });
      latency.observe({ platform }, latencyMs / 1000);
    },
    deliveryRetried: (platform) => deliveries.inc({ outcome: 'retried', platform }),
    deliveryFailed: (platform) => deliveries.inc({ outcome: 'failed', platform }),
    chatApiError: (platform, kind) => chatErrors.inc({ platform, kind }),
  };
  return { registry, pipeline };
}

/** Tasks by state from the repository (the list is small: tasks are hand-made by people in chat). */
export function taskCountsFrom(tasks: Pick<TaskRepository, 'list'>): () => Partial<Record<TaskState, number>> {
  return () => {
    const counts: Partial<Record<TaskState, number>> = {};
    for (const task of tasks.list()) counts[task.state] = (counts[task.state] ?? 0) + 1;
    return counts;
  };
}

export function metricsRoutes(registry: Registry): HttpRoutes {
  return async (app) => {
    app.get('/metrics', async (_request, reply) => reply.header('content-type', registry.contentType).send(await registry.metrics()));
  };
}
