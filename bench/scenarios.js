// Further measurements beyond the public pages. Each scenario gets the running app (started
// with FK_TEST_MODE=1 so the test API can make users) and returns figures for results.json.

async function makeUser(app, role) {
	const email = `bench-${role}-${Date.now()}@example.no`;
	const res = await fetch(`${app.base}/test-api/brukere`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, role, password: 'bench-passord-123' })
	});
	return { email, ...(await res.json()) };
}

function line(name, s) {
	return `${name}: ${s.requestsPerSecond} req/s, p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms, feil ${s.errors + s.non2xx}`;
}

export const scenarios = [
	{
		name: 'Innlogging (argon2id, 10 forbindelser)',
		async run({ app, cannon, summary, duration }) {
			const user = await makeUser(app, 'ingen');
			const body = new URLSearchParams({
				email: user.email,
				password: 'bench-passord-123'
			}).toString();
			const res = await cannon({
				url: `${app.base}/logg-inn?/passord`,
				method: 'POST',
				connections: 10,
				duration,
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: app.base,
					accept: 'text/html'
				},
				body
			});
			// A successful sign-in answers 303 (redirect to /min-side): those are the good ones.
			const ok = res['3xx'] ?? 0;
			const s = { ...summary(res), non2xx: res.non2xx - ok };
			return {
				...s,
				signIns: ok,
				printed: `${line('innlogging', s)} (${ok} vellykkede innlogginger)`
			};
		}
	},
	{
		name: 'Admin: nyhetslisten',
		async run({ app, cannon, summary, duration, connections }) {
			const admin = await makeUser(app, 'admin');
			const s = summary(
				await cannon({
					url: `${app.base}/admin/nyheter`,
					connections,
					duration,
					headers: { cookie: `fk_session=${admin.token}` }
				})
			);
			return { ...s, printed: line('/admin/nyheter', s) };
		}
	},
	{
		// The fremtidsbilde tool's public face: the list of experience stories (served from the cache).
		name: 'Erfaringer (offentlig liste)',
		async run({ app, cannon, summary, duration, connections }) {
			const url = `${app.base}/erfaringer`;
			await fetch(url);
			const s = summary(await cannon({ url, connections, duration }));
			return { ...s, printed: line('/erfaringer', s) };
		}
	}
];
