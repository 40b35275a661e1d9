// The Redis side of the queue: one queue name, connections from a URL, and a
// check made before any work so an unreachable or unfit Redis is one clear
// line, not a reconnect loop.
import { Redis } from 'ioredis';

export const QUEUE_NAME = 'congvan';

/** The URL with its password hidden, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`${url}: not a Redis URL (expected redis://host:port or rediss://host:port)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new Error(`${safeUrl(url)}: not a Redis URL (expected redis://host:port or rediss://host:port)`);
  }
}

/** A client for commands that should fail fast (enqueue, status). */
export async function connect(url: string): Promise<Redis> {
  checkUrl(url);
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 1, retryStrategy: () => null });
  // The socket's error (ECONNREFUSED ...) says more than connect()'s "Connection is closed".
  let cause: unknown;
  client.on('error', (err) => (cause ??= err));
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    const e = cause ?? err;
    throw new Error(`cannot reach Redis at ${safeUrl(url)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return client;
}

/** A client for workers: blocking reads, reconnects for ever (a Redis restart must not end the workers). */
export function workerConnection(url: string): Redis {
  checkUrl(url);
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** Redis 6.2+ is required; an eviction policy other than noeviction can drop jobs, so it is a warning. */
export async function checkServer(client: Redis, url: string): Promise<string[]> {
  const info = await client.info();
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const version = field('redis_version') ?? '0';
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < 6 || (major === 6 && minor < 2)) throw new Error(`${safeUrl(url)}: Redis ${version} is too old; the queue needs Redis 6.2 or later`);
  const policy = field('maxmemory_policy');
  return policy && policy !== 'noeviction'
    ? [`${safeUrl(url)}: maxmemory-policy is ${policy}; set it to noeviction, or Redis may drop queued jobs when memory runs out`]
    : [];
}
