/**
 * Dates, times, numbers, lists and plurals in the language being answered in (`currentLang()`;
 * `INTL_LOCALE`: nb-NO, nn-NO, en-GB), always in Europe/Oslo time whatever the server's zone.
 * Every function takes the language as an optional last argument for the rare caller that
 * writes in another language than the request's. Shared by server and browser.
 */
import { INTL_LOCALE, type Lang } from './languages';
import { currentLang, t, type MessageValues } from './runtime';

export const TZ = 'Europe/Oslo';

/**
 * The locales asked for, best first. A runtime without nynorsk data (Chromium has none for
 * dates: it would answer in American English) gets bokmål's formats instead; nynorsk
 * weekday names are then put back by `nynorskWeekday`. Month names are the same in both.
 */
const LOCALES: Record<Lang, string[]> = {
	nb: [INTL_LOCALE.nb, 'nb', 'no'],
	nn: [INTL_LOCALE.nn, 'nn', INTL_LOCALE.nb, 'nb', 'no'],
	en: [INTL_LOCALE.en, 'en']
};

/** Bokmål weekday → nynorsk (the days not listed are written the same). */
const NN_WEEKDAYS: Record<string, string> = {
	mandag: 'måndag',
	tirsdag: 'tysdag',
	lørdag: 'laurdag'
};

/** A weekday name as nynorsk writes it, whether it came from nynorsk or bokmål data. */
export function nynorskWeekday(name: string): string {
	const nn = NN_WEEKDAYS[name.toLowerCase()];
	if (!nn) return name;
	return name[0] === name[0].toUpperCase() ? nn[0].toUpperCase() + nn.slice(1) : nn;
}

/** The words between a date and its time: «29. april 2024 kl. 12.00», «29 April 2024 at 12:00». */
const AT: Record<Lang, string> = { nb: ' kl. ', nn: ' kl. ', en: ' at ' };
/** Before a time range on one day: «29. april 2024 kl. 12.00–13.30», «29 April 2024, 12:00–13:30». */
const AT_RANGE: Record<Lang, string> = { nb: ' kl. ', nn: ' kl. ', en: ', ' };

type Formatters = {
	long: Intl.DateTimeFormat;
	weekdayLong: Intl.DateTimeFormat;
	short: Intl.DateTimeFormat;
	time: Intl.DateTimeFormat;
	/** The runtime gave bokmål data for nynorsk: weekday names need putting right. */
	nynorskFromBokmal: boolean;
	numbers: Map<number, Intl.NumberFormat>;
	and: Intl.ListFormat;
	or: Intl.ListFormat;
	plural: Intl.PluralRules;
};

const cache = new Map<Lang, Formatters>();

/** One language's formatters, made the first time that language is asked for. */
function formatters(lang: Lang): Formatters {
	let f = cache.get(lang);
	if (f) return f;
	const locales = LOCALES[lang];
	const date = (options: Intl.DateTimeFormatOptions) =>
		new Intl.DateTimeFormat(locales, { timeZone: TZ, ...options });
	const weekdayLong = date({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
	f = {
		long: date({ day: 'numeric', month: 'long', year: 'numeric' }),
		weekdayLong,
		short: date({ day: '2-digit', month: '2-digit', year: 'numeric' }),
		time: date({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
		nynorskFromBokmal: lang === 'nn' && !weekdayLong.resolvedOptions().locale.startsWith('nn'),
		numbers: new Map(),
		and: new Intl.ListFormat(locales, { type: 'conjunction' }),
		or: new Intl.ListFormat(locales, { type: 'disjunction' }),
		plural: new Intl.PluralRules(locales)
	};
	cache.set(lang, f);
	return f;
}

/** Oslo wall-clock numbers, the same in every language. */
const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: TZ,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

type DateLike = Date | string | number;
const d = (v: DateLike) => (v instanceof Date ? v : new Date(v));

/** 29. april 2024 · 29 April 2024 */
export function formatDate(v: DateLike, lang: Lang = currentLang()): string {
	return formatters(lang).long.format(d(v));
}
/** mandag 29. april 2024 · måndag 29. april 2024 · Monday, 29 April 2024 */
export function formatWeekdayDate(v: DateLike, lang: Lang = currentLang()): string {
	const f = formatters(lang);
	if (!f.nynorskFromBokmal) return f.weekdayLong.format(d(v));
	return f.weekdayLong
		.formatToParts(d(v))
		.map((p) => (p.type === 'weekday' ? nynorskWeekday(p.value) : p.value))
		.join('');
}
/** 29.04.2024 · 29/04/2024 */
export function formatShortDate(v: DateLike, lang: Lang = currentLang()): string {
	return formatters(lang).short.format(d(v));
}
/** 12.00 in Norwegian (with a full stop), 12:00 in English */
export function formatTime(v: DateLike, lang: Lang = currentLang()): string {
	const time = formatters(lang).time.format(d(v));
	return lang === 'en' ? time : time.replace(':', '.');
}
/** 29. april 2024 kl. 12.00 · 29 April 2024 at 12:00 */
export function formatDateTime(v: DateLike, lang: Lang = currentLang()): string {
	return `${formatDate(v, lang)}${AT[lang]}${formatTime(v, lang)}`;
}
/** 29. april 2024 kl. 12.00–13.30, or a date range when the days differ */
export function formatRange(
	start: DateLike,
	end: DateLike | null | undefined,
	lang: Lang = currentLang()
): string {
	if (!end) return formatDateTime(start, lang);
	if (osloDate(start) === osloDate(end))
		return `${formatDate(start, lang)}${AT_RANGE[lang]}${formatTime(start, lang)}–${formatTime(end, lang)}`;
	return `${formatDateTime(start, lang)} – ${formatDateTime(end, lang)}`;
}

/** Oslo wall-clock parts of an instant. */
export function osloParts(v: DateLike) {
	const p = Object.fromEntries(partsFormat.formatToParts(d(v)).map((x) => [x.type, x.value]));
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

/** 12 345 · 12 345,50 · 12,345.50 */
export function formatNumber(n: number, digits = 0, lang: Lang = currentLang()): string {
	const { numbers } = formatters(lang);
	let f = numbers.get(digits);
	if (!f) {
		f = new Intl.NumberFormat(LOCALES[lang], {
			maximumFractionDigits: digits,
			minimumFractionDigits: digits
		});
		numbers.set(digits, f);
	}
	return f.format(n);
}

/** «a, b og c» · «a, b and c»; with 'or': «a, b eller c» · «a, b or c». */
export function formatList(
	items: Iterable<string>,
	kind: 'and' | 'or' = 'and',
	lang: Lang = currentLang()
): string {
	return formatters(lang)[kind].format(items);
}

/** The forms of a counted message; {count} is filled in with the number, formatted. */
export type PluralForms = {
	one: string;
	other: string;
	/** Used for exactly 0 when given («Ingen ressursar»), whatever the language's rules say. */
	zero?: string;
	two?: string;
	few?: string;
	many?: string;
};

/**
 * The form of a message that fits the count, filled in:
 * plural(3, { one: m.resources.countOne, other: m.resources.count }) → «3 ressurser».
 */
export function plural(
	n: number,
	forms: PluralForms,
	values: MessageValues = {},
	lang: Lang = currentLang()
): string {
	const category = formatters(lang).plural.select(n);
	const template =
		n === 0 && forms.zero !== undefined
			? forms.zero
			: category === 'zero' ||
				  category === 'one' ||
				  category === 'two' ||
				  category === 'few' ||
				  category === 'many'
				? (forms[category] ?? forms.other)
				: forms.other;
	return t(template, { count: formatNumber(n, Number.isInteger(n) ? 0 : 2, lang), ...values });
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
