/**
 * The one mapping of a refusal to HTTP (issue 9): a ForbiddenError from a service is a 403
 * page wherever routes turn service errors into answers, never a 500 and never a message
 * beside a field.
 */
import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { ForbiddenError, ServiceError } from './errors';
import { actionProblem, failWith, orRefused, refuseForbidden } from './http';

const status = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		return isHttpError(e) ? e.status : 'not an HTTP error';
	}
	return 'nothing thrown';
};

describe('a refusal from a service', () => {
	const refusal = new ForbiddenError('Du har ikke tilgang til å gjøre dette.');

	it('is a 403 from refuseForbidden, actionProblem and failWith', () => {
		expect(status(() => refuseForbidden(refusal))).toBe(403);
		expect(status(() => actionProblem(refusal))).toBe(403);
		expect(status(() => failWith({} as never, refusal))).toBe(403);
		// Older code that throws ServiceError('forbidden', …) is mapped the same way.
		expect(status(() => actionProblem(new ServiceError('forbidden', 'Nei')))).toBe(403);
	});

	it('is a 403 from a page load through orRefused', async () => {
		const e = await orRefused(async () => {
			throw refusal;
		}).catch((x: unknown) => x);
		expect(isHttpError(e) && e.status).toBe(403);
	});

	it('leaves other service errors to their usual answers', () => {
		expect(status(() => refuseForbidden(new ServiceError('invalid', 'Feil')))).toBe(
			'nothing thrown'
		);
		const answer = actionProblem(new ServiceError('conflict', 'Noen andre lagret'));
		expect(answer.status).toBe(409);
	});
});
