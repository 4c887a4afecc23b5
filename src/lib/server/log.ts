/** Minimal structured logger: one line per event, JSON fields after the message. */
import { scrubTokens } from './token-links';
import { config } from './config';

type Fields = Record<string, unknown>;
const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

function threshold(): number {
	try {
		return levels[config.logLevel];
	} catch {
		// A bad LOG_LEVEL stops the start (checkConfig); a log line never throws.
		return levels.info;
	}
}

function write(level: Level, msg: string, fields?: Fields) {
	if (levels[level] < threshold()) return;
	// No token link reaches a log (an error's path or message may hold one).
	const line = scrubTokens(
		`${new Date().toISOString()} ${level.toUpperCase()} ${msg}${fields ? ' ' + safeJson(fields) : ''}`
	);
	if (level === 'error' || level === 'warn') console.error(line);
	else console.log(line);
}

function safeJson(fields: Fields): string {
	try {
		return JSON.stringify(fields, (_k, v) =>
			v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v
		);
	} catch {
		return '[unserialisable]';
	}
}

export const log = {
	debug: (msg: string, fields?: Fields) => write('debug', msg, fields),
	info: (msg: string, fields?: Fields) => write('info', msg, fields),
	warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
	error: (msg: string, fields?: Fields) => write('error', msg, fields)
};
