// The SMTP server the tests send mail to: takes every message and hands it to `onMessage`
// (the end-to-end server files each one for the journeys; the multi-node test counts them).
import { SMTPServer } from 'smtp-server';

/**
 * @param {number} port loopback port to listen on
 * @param {(mail: { from: string | undefined, to: string[], raw: string }) => void} onMessage
 * @returns {Promise<SMTPServer>} the listening server
 */
export function startMailCatcher(port, onMessage) {
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			/** @type {Buffer[]} */
			const chunks = [];
			stream.on('data', (c) => chunks.push(c));
			stream.on('end', () => {
				const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
				onMessage({
					from,
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		}
	});
	return new Promise((resolve) => smtp.listen(port, '127.0.0.1', () => resolve(smtp)));
}
