/**
 * Indicators (a «we will know because …» sign made measurable) and their values. Numbers stay
 * text in the form, so what was typed is offered back as it was; `parseDecimal` reads them the
 * Norwegian way («12,5», «1 234,5») as well as with a point.
 */
import { z } from 'zod';
import { optionalText, requiredText, err, say, ROW_ID, int } from './fields';
import { isCalendarDate, oneOf } from './fremtidsbilde';

export const indicatorKinds = ['antall', 'prosent'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** The largest value kept (the column holds 12 digits before the comma). */
export const MAX_VALUE = 999_999_999;

export type DecimalProblem = 'empty' | 'format' | 'decimals' | 'range';

/** A number typed by a person: spaces as thousands separators, comma or point, up to 2 decimals. */
export function parseDecimal(
	raw: string
): { ok: true; value: number } | { ok: false; problem: DecimalProblem } {
	const s = raw
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/%$/, '')
		.replace(/^[\u2212\u2013]/, '-');
	if (s === '') return { ok: false, problem: 'empty' };
	const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(s);
	if (!match) return { ok: false, problem: 'format' };
	if ((match[3] ?? '').length > 2) return { ok: false, problem: 'decimals' };
	const value = Number(`${match[1]}${match[2]}.${match[3] ?? '0'}`);
	if (!Number.isFinite(value) || Math.abs(value) > MAX_VALUE)
		return { ok: false, problem: 'range' };
	return { ok: true, value: value === 0 ? 0 : value };
}

const problemKey = {
	empty: 'indicators.validation.numberMissing',
	format: 'indicators.validation.numberFormat',
	decimals: 'indicators.validation.numberDecimals',
	range: 'indicators.validation.numberRange'
} as const;

/** A required number as text; the message says what is wrong with it. */
const decimalText = () =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.superRefine((s, ctx) => {
			const r = parseDecimal(s);
			if (!r.ok) ctx.addIssue({ code: 'custom', message: say(problemKey[r.problem])() });
		});

const requiredDate = () =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s !== '', err(say('validation.dateMissing')))
		.refine((s) => s === '' || isCalendarDate(s), err(say('validation.dateFormat')));

const optionalDate = () =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s === '' || isCalendarDate(s), err(say('validation.dateFormat')));

const version = int(say('validation.versionInvalid'), 0);

const inPercent = (s: string) => {
	const r = parseDecimal(s);
	return !r.ok || (r.value >= 0 && r.value <= 100);
};

export const indicatorSchema = z
	.object({
		workspaceGoalId: z
			.string()
			.default('')
			.refine((s) => ROW_ID.test(s), err(say('indicators.validation.goal'))),
		sign: requiredText(say('indicators.validation.sign'), 300),
		name: requiredText(say('indicators.validation.name'), 200),
		kind: oneOf(indicatorKinds, say('indicators.validation.kind')),
		unit: optionalText(60),
		baselineValue: decimalText(),
		baselineOn: requiredDate(),
		targetValue: decimalText(),
		targetOn: optionalDate(),
		version
	})
	.superRefine((d, ctx) => {
		if (d.kind === 'prosent')
			for (const path of ['baselineValue', 'targetValue'] as const)
				if (!inPercent(d[path]))
					ctx.addIssue({
						code: 'custom',
						path: [path],
						message: say('indicators.validation.percentRange')()
					});
		if (d.targetOn && d.baselineOn && d.targetOn < d.baselineOn)
			ctx.addIssue({
				code: 'custom',
				path: ['targetOn'],
				message: say('indicators.validation.targetBeforeBaseline')()
			});
	});
export type IndicatorInput = z.infer<typeof indicatorSchema>;

export const indicatorValueSchema = z.object({
	valueId: z
		.string()
		.default('')
		.refine((s) => s === '' || ROW_ID.test(s), err(say('indicators.validation.valueId'))),
	value: decimalText(),
	measuredOn: requiredDate(),
	note: optionalText(500),
	version
});
export type IndicatorValueInput = z.infer<typeof indicatorValueSchema>;
