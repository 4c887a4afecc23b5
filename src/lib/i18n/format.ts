/**
 * Dates and numbers the Norwegian way, always in Europe/Oslo time whatever the server's zone.
 * Shared by server and browser.
 */
export const TZ = 'Europe/Oslo';

const fmt = {
	long: new Intl.DateTimeFormat('nb-NO', {
		timeZone: TZ,
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}),
	weekdayLong: new Intl.DateTimeFormat('nb-NO', {
		timeZone: TZ,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}),
	short: new Intl.DateTimeFormat('nb-NO', {
		timeZone: TZ,
		day: '2-digit',
		month: '2-digit',
		year: 'numeric'
	}),
	time: new Intl.DateTimeFormat('nb-NO', {
		timeZone: TZ,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}),
	parts: new Intl.DateTimeFormat('en-GB', {
		timeZone: TZ,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	})
};

type DateLike = Date | string | number;
const d = (v: DateLike) => (v instanceof Date ? v : new Date(v));

/** 29. april 2024 */
export function formatDate(v: DateLike): string {
	return fmt.long.format(d(v));
}
/** mandag 29. april 2024 */
export function formatWeekdayDate(v: DateLike): string {
	return fmt.weekdayLong.format(d(v));
}
/** 29.04.2024 */
export function formatShortDate(v: DateLike): string {
	return fmt.short.format(d(v));
}
/** 12.00 (Norwegian style, with a full stop) */
export function formatTime(v: DateLike): string {
	return fmt.time.format(d(v)).replace(':', '.');
}
/** 29. april 2024 kl. 12.00 */
export function formatDateTime(v: DateLike): string {
	return `${formatDate(v)} kl. ${formatTime(v)}`;
}
/** kl. 12.00–13.30, or a date range when the days differ */
export function formatRange(start: DateLike, end: DateLike | null | undefined): string {
	if (!end) return formatDateTime(start);
	if (osloDate(start) === osloDate(end))
		return `${formatDate(start)} kl. ${formatTime(start)}–${formatTime(end)}`;
	return `${formatDateTime(start)} – ${formatDateTime(end)}`;
}

/** Oslo wall-clock parts of an instant. */
export function osloParts(v: DateLike) {
	const p = Object.fromEntries(fmt.parts.formatToParts(d(v)).map((x) => [x.type, x.value]));
	return {
		year: Number(p.year),
		month: Number(p.month),
		day: Number(p.day),
		hour: Number(p.hour),
		minute: Number(p.minute),
		second: Number(p.second)
	};
}

/** 2024-04-29 (Oslo calendar date) */
export function osloDate(v: DateLike): string {
	const p = osloParts(v);
	return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Value for <input type="datetime-local"> in Oslo time: 2024-04-29T12:00 */
export function toOsloInput(v: DateLike | null | undefined): string {
	if (v === null || v === undefined || v === '') return '';
	const p = osloParts(v);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Offset of Oslo from UTC in minutes at the given instant (60 in winter, 120 in summer). */
export function osloOffsetMinutes(at: Date): number {
	const p = osloParts(at);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Oslo wall-clock time ('2024-04-29T12:00' or '2024-04-29 12:00') → instant, or null when
 * invalid. In the autumn hour that occurs twice, the first is chosen; a time in the skipped
 * spring hour moves forward an hour, as clocks do.
 */
export function parseOsloLocal(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
	if (!m) return null;
	const [y, mo, da, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
	if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59 || s > 59) return null;
	// Date.UTC reads the years 0–99 as 1900–1999; setting the year afterwards keeps it as typed.
	const guess = new Date(Date.UTC(2000, mo - 1, da, h, mi, s)).setUTCFullYear(y, mo - 1, da);
	const check = new Date(guess);
	if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) return null;
	// Try the offsets Oslo can have; prefer the earlier instant (summer time) for ambiguity.
	for (const off of [120, 60]) {
		const candidate = new Date(guess - off * 60_000);
		if (osloOffsetMinutes(candidate) === off) return candidate;
	}
	return new Date(guess - 60 * 60_000);
}

/** 'YYYY-MM-DD' Oslo date + 'HH:MM' → instant. */
export function osloAt(date: string, time = '00:00'): Date | null {
	return parseOsloLocal(`${date}T${time}`);
}

export function formatNumber(n: number, digits = 0): string {
	return new Intl.NumberFormat('nb-NO', {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits
	}).format(n);
}

/** ISO 8601 with the Oslo offset: 2024-04-29T12:00:00+02:00 (for schema.org and feeds). */
export function toOsloIso(v: DateLike): string {
	const date = d(v);
	const off = osloOffsetMinutes(date);
	const sign = off >= 0 ? '+' : '-';
	const abs = Math.abs(off);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${toOsloInput(date)}:${pad(osloParts(date).second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
