// A real OpenID provider (oidc-provider, the certified Node implementation) for the tests:
// three issuers on loopback ports, configured like Feide (e-mail and email_verified claims,
// client_secret_basic), ID-porten (no e-mail, a `pid` claim the app must not keep, acr
// idporten-loa-substantial/high, private_key_jwt) and Ansattporten (like ID-porten, with a
// client secret). Its sign-in page is a plain form: pick a test account and a level, or cancel.
// Used in-process by the unit tests and started by tests/e2e/support/server.js for the e2e run.
import http from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';

/** oidc-provider 9 warns on Node 20 ("Unsupported runtime"); it runs fine, so that line is dropped. */
async function loadProvider() {
	const warn = console.warn;
	console.warn = (...args) => {
		if (typeof args[0] === 'string' && args[0].includes('Unsupported runtime')) return;
		warn(...args);
	};
	try {
		return (await import('oidc-provider')).default;
	} finally {
		console.warn = warn;
	}
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function keyPair() {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const kid = randomUUID();
	return {
		privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
		publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }
	};
}

async function readForm(req) {
	const chunks = [];
	for await (const c of req) chunks.push(c);
	return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function listen(server, host, port) {
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	return server.address().port;
}

const KINDS = {
	feide: {
		clientId: 'fk-feide',
		auth: 'client_secret_basic',
		acr: ['urn:mace:feide.no:auth:level:fad08:2', 'urn:mace:feide.no:auth:level:fad08:3'],
		claims: { openid: ['sub', 'acr'], email: ['email', 'email_verified'], profile: ['name'] },
		scopes: 'openid email profile'
	},
	idporten: {
		clientId: 'fk-idporten',
		auth: 'private_key_jwt',
		acr: ['idporten-loa-substantial', 'idporten-loa-high'],
		claims: { openid: ['sub', 'pid', 'acr'], profile: ['name'] },
		scopes: 'openid profile'
	},
	ansattporten: {
		clientId: 'fk-ansattporten',
		auth: 'client_secret_basic',
		acr: ['idporten-loa-substantial', 'idporten-loa-high'],
		claims: { openid: ['sub', 'pid', 'acr'], profile: ['name'] },
		scopes: 'openid profile'
	}
};

/**
 * Starts the three providers. `origin`: the app's ORIGIN (its redirect URIs). Returns `env`
 * (the OIDC_* settings for the app), `addAccount(kind, sub, claims)`, `issuers` and `close()`.
 */
export async function startTestProviders({ origin, host = '127.0.0.1', firstPort = 0 }) {
	const Provider = await loadProvider();
	const env = {};
	const issuers = {};
	const servers = [];
	/** kind → sub → claims */
	const accounts = { feide: new Map(), idporten: new Map(), ansattporten: new Map() };

	let n = 0;
	for (const [kind, k] of Object.entries(KINDS)) {
		const server = http.createServer();
		const port = await listen(server, host, firstPort ? firstPort + n++ : 0);
		const issuer = `http://${host}:${port}`;
		issuers[kind] = issuer;
		const signing = keyPair();
		const clientKey = keyPair();
		const secret = `${kind}-hemmelighet-${randomUUID()}`;
		const client = {
			client_id: k.clientId,
			redirect_uris: [`${origin}/logg-inn/${kind}/retur`],
			post_logout_redirect_uris: [`${origin}/?utlogget=1`],
			response_types: ['code'],
			grant_types: ['authorization_code'],
			token_endpoint_auth_method: k.auth,
			...(k.auth === 'private_key_jwt'
				? { jwks: { keys: [clientKey.publicJwk] }, token_endpoint_auth_signing_alg: 'RS256' }
				: { client_secret: secret })
		};
		const provider = new Provider(issuer, {
			clients: [client],
			jwks: { keys: [signing.privateJwk] },
			cookies: { keys: [randomUUID()] },
			claims: k.claims,
			conformIdTokenClaims: false,
			acrValues: k.acr,
			pkce: { required: () => true },
			features: {
				devInteractions: { enabled: false },
				rpInitiatedLogout: {
					enabled: true,
					logoutSource: async (ctx, form) => {
						ctx.body = `<!doctype html><html lang="nb"><head><title>Logg ut</title></head><body><main><h1>Logg ut hos ${kind}?</h1>${form.replace('</form>', '<button type="submit" name="logout" value="yes">Logg ut</button></form>')}</main></body></html>`;
					}
				}
			},
			interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
			findAccount: async (_ctx, sub) => {
				const claims = accounts[kind].get(sub);
				if (!claims) return undefined;
				return { accountId: sub, claims: async () => ({ sub, ...claims }) };
			},
			async loadExistingGrant(ctx) {
				const grantId =
					ctx.oidc.result?.consent?.grantId ||
					ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
				if (grantId) return ctx.oidc.provider.Grant.find(grantId);
				const grant = new ctx.oidc.provider.Grant({
					clientId: ctx.oidc.client.clientId,
					accountId: ctx.oidc.session.accountId
				});
				grant.addOIDCScope(k.scopes);
				await grant.save();
				return grant;
			}
		});
		const callback = provider.callback();
		server.on('request', async (req, res) => {
			try {
				// The e2e tests add their test people here (POST JSON { sub, claims }).
				if (req.url === '/test/konto' && req.method === 'POST') {
					const chunks = [];
					for await (const c of req) chunks.push(c);
					const { sub, claims } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
					accounts[kind].set(String(sub), claims ?? {});
					res.statusCode = 204;
					res.end();
					return;
				}
				const m = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
				if (!m) return callback(req, res);
				const details = await provider.interactionDetails(req, res);
				if (req.method === 'GET') {
					const options = [...accounts[kind].keys()]
						.map((sub) => `<option value="${esc(sub)}">${esc(sub)}</option>`)
						.join('');
					const levels = k.acr.map((a) => `<option value="${esc(a)}">${esc(a)}</option>`).join('');
					res.setHeader('content-type', 'text/html; charset=utf-8');
					res.end(
						`<!doctype html><html lang="nb"><head><title>Testinnlogging ${kind}</title></head><body><main><h1>Testinnlogging (${kind})</h1>` +
							`<form method="post" action="/interaction/${esc(details.uid)}">` +
							`<label>Konto <select name="account">${options}</select></label> ` +
							`<label>Nivå <select name="acr">${levels}</select></label> ` +
							`<button type="submit">Logg inn</button> <button type="submit" name="cancel" value="1">Avbryt</button>` +
							`</form></main></body></html>`
					);
					return;
				}
				const form = await readForm(req);
				const result = form.get('cancel')
					? { error: 'access_denied', error_description: 'Avbrutt' }
					: { login: { accountId: form.get('account') ?? '', acr: form.get('acr') ?? k.acr[0] } };
				await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
			} catch (e) {
				res.statusCode = 500;
				res.end(String(e));
			}
		});
		servers.push(server);
		const prefix = `OIDC_${kind.toUpperCase()}_`;
		env[`${prefix}ISSUER`] = issuer;
		env[`${prefix}CLIENT_ID`] = k.clientId;
		if (k.auth === 'private_key_jwt')
			env[`${prefix}PRIVATE_KEY`] = JSON.stringify(clientKey.privateJwk);
		else env[`${prefix}CLIENT_SECRET`] = secret;
		if (kind !== 'feide') env[`${prefix}ACR_VALUES`] = 'idporten-loa-substantial';
	}

	return {
		env,
		issuers,
		addAccount(kind, sub, claims) {
			accounts[kind].set(sub, claims);
		},
		async close() {
			await Promise.all(
				servers.map(
					(s) =>
						new Promise((resolve) => {
							s.closeAllConnections?.();
							s.close(() => resolve(undefined));
						})
				)
			);
		}
	};
}

/**
 * For the unit tests: plays the browser from the authorization address to the app's redirect
 * URI (manual redirects, a small cookie jar), signing in as `account` at level `acr`. Returns
 * the callback URL the provider sent the browser to, and the jar (the provider's session).
 */
export async function browse(url, { account, acr, cancel = false, jar = new Map(), stopAt }) {
	let next = url;
	let method = 'GET';
	let body;
	for (let hop = 0; hop < 12; hop++) {
		if (stopAt && next.startsWith(stopAt)) return { url: next, jar };
		const u = new URL(next);
		const res = await fetch(next, {
			method,
			body,
			redirect: 'manual',
			headers: {
				cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
				...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
			}
		});
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const i = pair.indexOf('=');
			const name = pair.slice(0, i);
			const value = pair.slice(i + 1);
			if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') jar.delete(name);
			else jar.set(name, value);
		}
		method = 'GET';
		body = undefined;
		const location = res.headers.get('location');
		if (location) {
			next = new URL(location, u).href;
			await res.arrayBuffer();
			continue;
		}
		const html = await res.text();
		if (res.status !== 200)
			throw new Error(`Testleverandøren svarte ${res.status}: ${html.slice(0, 300)}`);
		const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
		if (!action) return { url: next, jar, html };
		const form = new URLSearchParams();
		for (const [, name, value] of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
			form.set(name, value);
		if (/name="account"/.test(html)) {
			// `account: null`: stop at the provider's sign-in form (to see that it asks).
			if (account === null) return { url: next, jar, html, login: true };
			if (cancel) form.set('cancel', '1');
			form.set('account', account ?? '');
			form.set('acr', acr ?? '');
		}
		if (/name="logout"/.test(html)) form.set('logout', 'yes');
		next = new URL(action.replace(/&amp;/g, '&'), u).href;
		method = 'POST';
		body = form.toString();
	}
	throw new Error('For mange omdirigeringer hos testleverandøren');
}
