import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	formatDate,
	formatDateTime,
	formatList,
	formatNumber,
	formatRange,
	formatShortDate,
	formatTime,
	formatWeekdayDate,
	nynorskWeekday,
	osloDate,
	parseOsloLocal,
	plural,
	toOsloInput,
	toOsloIso
} from './format';
import { currentLang, setLanguageSource } from './runtime';
import type { Lang } from './languages';

describe('Norwegian dates in Oslo time', () => {
	it('formats dates and times the Norwegian way', () => {
		const d = new Date('2024-04-29T10:00:00Z'); // 12.00 in Oslo (summer time)
		expect(formatDate(d)).toBe('29. april 2024');
		expect(formatTime(d)).toBe('12.00');
		expect(formatDateTime(d)).toBe('29. april 2024 kl. 12.00');
		expect(formatRange(d, new Date('2024-04-29T11:30:00Z'))).toBe('29. april 2024 kl. 12.00–13.30');
	});

	it('uses the Oslo calendar date, not UTC', () => {
		expect(osloDate(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
	});

	it('parses Oslo wall-clock time in winter and summer', () => {
		expect(parseOsloLocal('2024-01-15T09:00')?.toISOString()).toBe('2024-01-15T08:00:00.000Z');
		expect(parseOsloLocal('2024-07-15T09:00')?.toISOString()).toBe('2024-07-15T07:00:00.000Z');
	});

	it('keeps a year below 100 as typed (not 19xx) and refuses days that do not exist', () => {
		expect(parseOsloLocal('0050-06-01T12:00')?.getUTCFullYear()).toBe(50);
		expect(parseOsloLocal('2023-02-29T12:00')).toBeNull();
		expect(parseOsloLocal('2024-02-29T12:00')?.toISOString()).toBe('2024-02-29T11:00:00.000Z');
	});

	it('handles the daylight-saving changes', () => {
		// 31 March 2024: 02:00 → 03:00. 02:30 does not exist and moves forward.
		expect(parseOsloLocal('2024-03-31T02:30')?.toISOString()).toBe('2024-03-31T01:30:00.000Z');
		// 27 October 2024: 02:30 happens twice; the first (summer time) is chosen.
		expect(parseOsloLocal('2024-10-27T02:30')?.toISOString()).toBe('2024-10-27T00:30:00.000Z');
	});

	it('rejects nonsense', () => {
		for (const bad of ['', 'i morgen', '2024-02-30T10:00', '2024-13-01T10:00', '2024-01-01T25:00'])
			expect(parseOsloLocal(bad)).toBeNull();
	});

	it('round-trips through the datetime-local value', () => {
		const d = new Date('2026-11-25T21:15:00Z');
		expect(toOsloInput(d)).toBe('2026-11-25T22:15');
		expect(parseOsloLocal(toOsloInput(d))?.getTime()).toBe(d.getTime());
		expect(toOsloIso(d)).toBe('2026-11-25T22:15:00+01:00');
	});
});

// 12.00 in Oslo (summer time) on Monday 29 April 2024; 13.30 the same day; 9.05 the next day.
const monday = new Date('2024-04-29T10:00:00Z');
const mondayLater = new Date('2024-04-29T11:30:00Z');
const tuesday = new Date('2024-04-30T07:05:00Z');
/** One date in each day of a week, Monday first (noon UTC, the same day in Oslo). */
const week = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 3, 29 + i, 12)));

describe('dates in each language', () => {
	it('writes bokmål dates and times', () => {
		expect(formatWeekdayDate(monday, 'nb')).toBe('mandag 29. april 2024');
		expect(formatShortDate(monday, 'nb')).toBe('29.04.2024');
		expect(formatRange(monday, tuesday, 'nb')).toBe(
			'29. april 2024 kl. 12.00 – 30. april 2024 kl. 09.05'
		);
	});

	it('writes nynorsk dates with nynorsk weekdays', () => {
		expect(formatDate(monday, 'nn')).toBe('29. april 2024');
		expect(formatWeekdayDate(monday, 'nn')).toBe('måndag 29. april 2024');
		expect(week.map((d) => formatWeekdayDate(d, 'nn').split(' ')[0])).toEqual([
			'måndag',
			'tysdag',
			'onsdag',
			'torsdag',
			'fredag',
			'laurdag',
			'søndag'
		]);
		expect(formatTime(monday, 'nn')).toBe('12.00');
		expect(formatDateTime(monday, 'nn')).toBe('29. april 2024 kl. 12.00');
		expect(formatRange(monday, mondayLater, 'nn')).toBe('29. april 2024 kl. 12.00–13.30');
		expect(formatShortDate(monday, 'nn')).toBe('29.04.2024');
	});

	it('writes British English dates and times', () => {
		expect(formatDate(monday, 'en')).toBe('29 April 2024');
		expect(formatWeekdayDate(monday, 'en')).toMatch(/^Monday,? 29 April 2024$/);
		expect(formatShortDate(monday, 'en')).toBe('29/04/2024');
		expect(formatTime(monday, 'en')).toBe('12:00');
		expect(formatDateTime(monday, 'en')).toBe('29 April 2024 at 12:00');
		expect(formatRange(monday, mondayLater, 'en')).toBe('29 April 2024, 12:00–13:30');
		expect(formatRange(monday, tuesday, 'en')).toBe(
			'29 April 2024 at 12:00 – 30 April 2024 at 09:05'
		);
	});

	it('is in Oslo time in every language', () => {
		const newYear = new Date('2023-12-31T23:30:00Z'); // 00.30 on 1 January in Oslo
		expect(formatDate(newYear, 'nn')).toBe('1. januar 2024');
		expect(formatDateTime(newYear, 'en')).toBe('1 January 2024 at 00:30');
	});

	it('keeps nynorsk weekdays where the runtime has no nynorsk data (as in Chromium)', async () => {
		const Real = Intl.DateTimeFormat;
		const notNynorsk = (locales?: string | readonly string[]) =>
			([] as string[]).concat(locales ?? []).filter((l) => !l.startsWith('nn'));
		class WithoutNynorsk extends Real {
			constructor(locales?: string | readonly string[], options?: Intl.DateTimeFormatOptions) {
				super(notNynorsk(locales), options);
			}
		}
		Intl.DateTimeFormat = WithoutNynorsk as typeof Intl.DateTimeFormat;
		try {
			vi.resetModules();
			const fresh = await import('./format');
			expect(new Intl.DateTimeFormat(['nn-NO', 'nb-NO']).resolvedOptions().locale).toMatch(/^nb/);
			expect(week.map((d) => fresh.formatWeekdayDate(d, 'nn').split(' ')[0])).toEqual([
				'måndag',
				'tysdag',
				'onsdag',
				'torsdag',
				'fredag',
				'laurdag',
				'søndag'
			]);
			expect(fresh.formatDate(monday, 'nn')).toBe('29. april 2024');
			expect(fresh.formatWeekdayDate(monday, 'nb')).toBe('mandag 29. april 2024');
		} finally {
			Intl.DateTimeFormat = Real;
		}
	});

	it('puts bokmål weekday names into nynorsk, keeping a capital', () => {
		expect(['mandag', 'Tirsdag', 'lørdag', 'onsdag', 'søndag'].map(nynorskWeekday)).toEqual([
			'måndag',
			'Tysdag',
			'laurdag',
			'onsdag',
			'søndag'
		]);
	});
});

describe('numbers, lists and plurals in each language', () => {
	const norwegianSpace = /[\u00a0\u202f ]/g;

	it('formats numbers', () => {
		expect(formatNumber(12345.5, 2, 'nb').replace(norwegianSpace, ' ')).toBe('12 345,50');
		expect(formatNumber(12345.5, 2, 'nn').replace(norwegianSpace, ' ')).toBe('12 345,50');
		expect(formatNumber(12345.5, 2, 'en')).toBe('12,345.50');
		expect(formatNumber(1234567, 0, 'en')).toBe('1,234,567');
		expect(formatNumber(0.5, 1, 'nn')).toBe('0,5');
	});

	it('joins lists with the language’s «and» and «or»', () => {
		expect(formatList(['Bergen', 'Voss', 'Odda'], 'and', 'nb')).toBe('Bergen, Voss og Odda');
		expect(formatList(['Bergen', 'Voss', 'Odda'], 'and', 'nn')).toBe('Bergen, Voss og Odda');
		expect(formatList(['Bergen', 'Voss', 'Odda'], 'and', 'en')).toBe('Bergen, Voss and Odda');
		expect(formatList(['Bergen', 'Voss'], 'or', 'nn')).toBe('Bergen eller Voss');
		expect(formatList(['Bergen', 'Voss'], 'or', 'en')).toBe('Bergen or Voss');
		expect(formatList([], 'and', 'nb')).toBe('');
		expect(formatList(['Voss'], 'and', 'en')).toBe('Voss');
	});

	it('chooses the plural form and fills in the formatted count', () => {
		const nn = { one: '{count} ressurs', other: '{count} ressursar' };
		const en = { one: '{count} resource', other: '{count} resources' };
		expect(plural(1, nn, {}, 'nn')).toBe('1 ressurs');
		expect(plural(0, nn, {}, 'nn')).toBe('0 ressursar');
		expect(plural(2, nn, {}, 'nn')).toBe('2 ressursar');
		expect(plural(1, en, {}, 'en')).toBe('1 resource');
		expect(plural(1500, en, {}, 'en')).toBe('1,500 resources');
		expect(plural(1500, nn, {}, 'nn').replace(norwegianSpace, ' ')).toBe('1 500 ressursar');
		expect(plural(0, { ...en, zero: 'No resources' }, {}, 'en')).toBe('No resources');
		expect(plural(3, { one: '{count} of {of}', other: '{count} of {of}' }, { of: 9 }, 'en')).toBe(
			'3 of 9'
		);
	});
});

describe('the active language', () => {
	afterEach(() => setLanguageSource(() => 'nb'));

	it('formats in the language being answered in when none is given', () => {
		let lang: Lang = 'en';
		setLanguageSource(() => lang);
		expect(currentLang()).toBe('en');
		expect(formatDateTime(monday)).toBe('29 April 2024 at 12:00');
		expect(formatList(['a', 'b'])).toBe('a and b');
		lang = 'nn';
		expect(formatWeekdayDate(monday)).toBe('måndag 29. april 2024');
		expect(plural(2, { one: '{count} plass', other: '{count} plassar' })).toBe('2 plassar');
		lang = 'nb';
		expect(formatDateTime(monday)).toBe('29. april 2024 kl. 12.00');
	});
});
