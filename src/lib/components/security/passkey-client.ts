/** Browser side of the passkey ceremonies: ask our endpoint for options, run them, send the answer. */
import {
	browserSupportsWebAuthn,
	startAuthentication,
	startRegistration
} from '@simplewebauthn/browser';
import { m } from '$lib/i18n';

export type CeremonyResult =
	{ ok: true; data: Record<string, unknown> } | { ok: false; message: string; redirect?: string };

async function post(url: string, body: unknown) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
	return { res, data };
}

export const supportsPasskeys = () => browserSupportsWebAuthn();

export async function runCeremony(
	kind: 'register' | 'sign-in',
	url: string,
	extra: Record<string, unknown> = {}
): Promise<CeremonyResult> {
	const start = await post(url, { step: 'start' });
	if (!start.res.ok)
		return {
			ok: false,
			message: String(start.data.message ?? m.mfa.passkeyFailed),
			redirect: typeof start.data.redirect === 'string' ? start.data.redirect : undefined
		};
	let response: unknown;
	try {
		response =
			kind === 'register'
				? // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the server's options JSON
					await startRegistration({ optionsJSON: start.data as any })
				: // eslint-disable-next-line @typescript-eslint/no-explicit-any
					await startAuthentication({ optionsJSON: start.data as any });
	} catch (e) {
		const cancelled = e instanceof Error && e.name === 'NotAllowedError';
		return { ok: false, message: cancelled ? m.mfa.passkeyCancelled : m.mfa.passkeyFailed };
	}
	const finish = await post(url, { step: 'finish', response, ...extra });
	if (!finish.res.ok)
		return { ok: false, message: String(finish.data.message ?? m.mfa.passkeyFailed) };
	return { ok: true, data: finish.data };
}
