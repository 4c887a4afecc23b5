import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatDateTime,
	formatRange,
	formatTime,
	osloDate,
	parseOsloLocal,
	toOsloInput,
	toOsloIso
} from './format';

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
