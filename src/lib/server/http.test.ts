/**
 * The one mapping of domain errors (errors.ts) to answers (http.ts): each kind has its status,
 * "not found" and "forbidden" are pages (never a message beside a field, never a 500), and the
 * message is written in the language of the request, resolved only when answered.
 */
import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import {
	BusyError,
	ConflictError,
	FieldError,
	ForbiddenError,
	InvalidError,
	NotFoundError
} from './errors';
import {
	actionProblem,
	failWith,
	jsonProblem,
	orRefused,
	pathId,
	refuseForbidden,
	statusOf
} from './http';
import { withLanguage } from './i18n';
import { message } from '$lib/i18n';

const status = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		return isHttpError(e) ? e.status : 'not an HTTP error';
	}
	return 'nothing thrown';
};

const pageText = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		return isHttpError(e) ? e.body.message : String(e);
	}
	return 'nothing thrown';
};

const form = () =>
	superValidate(
		{ name: 'Kari', email: 'kari@example.no' },
		zod4(z.object({ name: z.string(), email: z.string() }))
	);

describe('a refusal from a service', () => {
	const refusal = new ForbiddenError();

	it('is a 403 from refuseForbidden, actionProblem and failWith', () => {
		expect(status(() => refuseForbidden(refusal))).toBe(403);
		expect(status(() => actionProblem(refusal))).toBe(403);
		expect(status(() => failWith({} as never, refusal))).toBe(403);
		expect(pageText(() => actionProblem(refusal))).toBe(message('permissions.forbidden'));
	});

	it('is a 403 from a page load through orRefused', async () => {
		const e = await orRefused(async () => {
			throw refusal;
		}).catch((x: unknown) => x);
		expect(isHttpError(e) && e.status).toBe(403);
	});

	it('leaves other service errors to their usual answers', () => {
		expect(status(() => refuseForbidden(new InvalidError('problems.unknownField')))).toBe(
			'nothing thrown'
		);
		const answer = actionProblem(new ConflictError('problems.events.alreadyCancelled'));
		expect(answer.status).toBe(409);
	});
});

describe('each kind of domain error', () => {
	it('has its status', () => {
		expect(statusOf(new InvalidError('problems.unknownField'))).toBe(400);
		expect(statusOf(new FieldError('email', 'problems.accounts.emailTaken'))).toBe(400);
		expect(statusOf(new NotFoundError())).toBe(404);
		expect(statusOf(new ForbiddenError())).toBe(403);
		expect(statusOf(new ConflictError('problems.fremtidsbilde.roundClosed'))).toBe(409);
		expect(statusOf(new BusyError())).toBe(503);
	});

	it('is the 404 page when not found, from loads and actions', async () => {
		const gone = new NotFoundError('problems.events.notFound');
		expect(status(() => actionProblem(gone))).toBe(404);
		expect(status(() => failWith({} as never, gone))).toBe(404);
		expect(pageText(() => actionProblem(gone))).toBe('Fant ikke arrangementet.');
		const e = await orRefused(async () => {
			throw gone;
		}).catch((x: unknown) => x);
		expect(isHttpError(e) && e.status).toBe(404);
	});

	it('puts an invalid field beside its field with 400, keeping what was typed', async () => {
		const answer = failWith(await form(), new FieldError('email', 'problems.accounts.emailTaken'));
		expect(answer.status).toBe(400);
		expect(answer.data.form.errors.email).toEqual(['E-postadressen brukes av en annen konto']);
		expect(answer.data.form.data).toEqual({ name: 'Kari', email: 'kari@example.no' });
	});

	it('puts a message without a field in the summary; busy is 503, conflict 409', async () => {
		const busy = failWith(await form(), new BusyError());
		expect(busy.status).toBe(503);
		expect(busy.data.form.errors._errors).toEqual([message('busy.registration')]);
		const conflict = failWith(
			await form(),
			new ConflictError('problems.fremtidsbilde.roundClosed')
		);
		expect(conflict.status).toBe(409);
	});

	it('is `{ problem }` for a button, or under the name the page shows it by', () => {
		const e = new InvalidError('problems.content.frontDelete');
		const plain = actionProblem(e);
		expect(plain.status).toBe(400);
		expect(plain.data).toEqual({
			problem: 'Forsiden kan ikke slettes. Du kan endre teksten på den.'
		});
		const named = actionProblem(e, 'deleteError');
		expect(named.data.deleteError).toBe(plain.data.problem);
	});

	it('is JSON `{ error }` for the endpoints, with the status', async () => {
		const res = jsonProblem(new FieldError('text', 'problems.draftTooLong', { max: 20 }));
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({ error: 'Teksten kan være høyst 20 tegn' });
		expect((await jsonProblem(new NotFoundError()).json()).error).toBe(
			message('problems.notFound')
		);
	});

	it('rethrows anything that is not a domain error', () => {
		const boom = new Error('boom');
		expect(() => actionProblem(boom)).toThrow(boom);
		expect(() => failWith({} as never, boom)).toThrow(boom);
		expect(() => jsonProblem(boom)).toThrow(boom);
	});
});

describe('the message is written in the language of the request', () => {
	const e = new FieldError('goalIds', 'problems.fremtidsbilde.goalsMax', { max: 3 });

	it('is resolved when answered, not when thrown', () => {
		expect(e.message).toBe('Velg høyst 3 samfunnsmål');
		expect(withLanguage('nn', () => e.message)).toBe('Vel høgst 3 samfunnsmål');
		expect(withLanguage('en', () => e.message)).toBe('Choose at most 3 societal goals');
	});

	it('in nynorsk and English answers', async () => {
		const nn = await withLanguage('nn', async () => failWith(await form(), e));
		expect(nn.data.form.errors).toMatchObject({ goalIds: ['Vel høgst 3 samfunnsmål'] });
		const en = withLanguage('en', () =>
			actionProblem(new InvalidError('problems.content.frontDelete'))
		);
		expect(en.data.problem).toBe('The front page cannot be deleted. You can change its text.');
		expect(withLanguage('nn', () => pageText(() => pathId('x', 'problems.pages.news')))).toBe(
			'Fann ikkje nyhendet'
		);
	});
});
