// Further measurements added by later features (sign-in, admin lists, registration burst).
export const scenarios = [];

// The fremtidsbilde tool's public face: the list of experience stories (served from the cache).
scenarios.push({
	name: 'erfaringer',
	async run({ app, cannon, summary, duration, connections }) {
		const url = `${app.base}/erfaringer`;
		await fetch(url);
		return summary(await cannon({ url, connections, duration }));
	}
});
