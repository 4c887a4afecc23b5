/**
 * Public-cache invalidation across nodes, through PostgreSQL `LISTEN/NOTIFY` (no other
 * infrastructure). `invalidatePublic()` clears this node's cache and sends one NOTIFY on
 * `CHANNEL` through the pool; every node (this one too) holds one dedicated listening
 * connection, not from the pool, and clears its cache on each notification.
 *
 * A node that loses its listening connection may miss notifications, so it empties its cache
 * and stops caching (`deactivate`) until it has listened again; on reconnecting it empties it
 * once more (`activate`). A heartbeat notices a connection that died without a word.
 */
import pg from 'pg';
import { pool } from '../db/client';
import { log } from '../log';
import type { PublicCache } from './public-cache';

export const CHANNEL = 'fk_public_cache';

/**
 * Tells every node that public content changed. Call after the transaction has committed
 * (NOTIFY inside one would be delivered at its commit anyway). Never throws: a failure is
 * logged, and a node that cannot be told has lost its own connection and stopped caching.
 */
export async function notifyNodes(via: pg.Pool | undefined = pool): Promise<void> {
	if (!via) return;
	try {
		await via.query('select pg_notify($1, $2)', [CHANNEL, String(process.pid)]);
	} catch (e) {
		log.warn('Kunne ikke varsle de andre nodene om endret innhold', {
			message: (e as Error).message
		});
	}
}

export interface ListenerOptions {
	/** First wait before reconnecting, doubled up to `maxRetryMs`. */
	retryMs?: number;
	maxRetryMs?: number;
	/** How often the connection is checked with `select 1`, and how long that may take. */
	heartbeatMs?: number;
	heartbeatTimeoutMs?: number;
}

export class InvalidationListener {
	private client: pg.Client | null = null;
	private stopped = false;
	private retry?: NodeJS.Timeout;
	private beat?: NodeJS.Timeout;
	private failures = 0;
	private readonly opts: Required<ListenerOptions>;

	constructor(
		private readonly url: string,
		private readonly cache: PublicCache,
		opts: ListenerOptions = {}
	) {
		this.opts = {
			retryMs: 250,
			maxRetryMs: 5_000,
			heartbeatMs: 10_000,
			heartbeatTimeoutMs: 5_000,
			...opts
		};
	}

	/** Whether the node listens right now (and so may cache). */
	get listening(): boolean {
		return this.client !== null;
	}

	/** The listening connection's backend pid (tests terminate it). */
	get backendPid(): number | undefined {
		return (this.client as (pg.Client & { processID?: number }) | null)?.processID;
	}

	/** Connects and listens; true when it does. On failure it keeps trying in the background. */
	start(): Promise<boolean> {
		this.stopped = false;
		return this.connect();
	}

	async stop(): Promise<void> {
		this.stopped = true;
		clearTimeout(this.retry);
		clearInterval(this.beat);
		const client = this.client;
		this.client = null;
		this.cache.deactivate();
		await client?.end().catch(() => undefined);
	}

	private async connect(): Promise<boolean> {
		if (this.stopped) return false;
		const client = new pg.Client({
			connectionString: this.url,
			application_name: 'fremtidens-kulturskole-listen',
			keepAlive: true,
			connectionTimeoutMillis: 5_000
		});
		let lost = false;
		const onLost = (e?: Error) => {
			if (lost) return;
			lost = true;
			if (this.client === client) this.client = null;
			clearInterval(this.beat);
			// Deaf from here on: whatever the others change, this node must not serve it stale.
			this.cache.deactivate();
			client.end().catch(() => undefined);
			if (this.stopped) return;
			log.warn('Mistet lytteforbindelsen for sidebufferen; bufrer ikke før den er tilbake', {
				message: e?.message
			});
			this.scheduleReconnect();
		};
		client.on('error', onLost);
		client.on('end', () => onLost());
		client.on('notification', (n) => {
			if (n.channel === CHANNEL) this.cache.clear();
		});
		try {
			await client.connect();
			await client.query(`listen ${CHANNEL}`);
		} catch (e) {
			onLost(e as Error);
			return false;
		}
		if (lost) return false;
		if (this.stopped) {
			await client.end().catch(() => undefined);
			return false;
		}
		this.client = client;
		this.failures = 0;
		// Notifications sent while no one listened are gone: start from empty.
		this.cache.activate();
		this.beat = setInterval(() => void this.heartbeat(client, onLost), this.opts.heartbeatMs);
		this.beat.unref();
		return true;
	}

	private async heartbeat(client: pg.Client, onLost: (e?: Error) => void) {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() => reject(new Error('lytteforbindelsen svarer ikke')),
				this.opts.heartbeatTimeoutMs
			);
		});
		try {
			await Promise.race([client.query('select 1'), timeout]);
		} catch (e) {
			onLost(e as Error);
		} finally {
			clearTimeout(timer);
		}
	}

	private scheduleReconnect() {
		const wait = Math.min(this.opts.retryMs * 2 ** this.failures, this.opts.maxRetryMs);
		this.failures++;
		clearTimeout(this.retry);
		this.retry = setTimeout(() => void this.connect(), wait);
		this.retry.unref();
	}
}
