/** The confirmation shown after a redirect from a save (?lagret=<intent>). */
export function savedMessage(intent: string | null): string | null {
	switch (intent) {
		case 'lagre':
			return 'Endringene er lagret.';
		case 'publiser':
			return 'Publisert. Den er nå synlig på nettstedet.';
		case 'planlegg':
			return 'Publiseringen er planlagt.';
		case 'avpubliser':
			return 'Avpublisert. Den er ikke lenger synlig på nettstedet.';
		case 'gjenopprettet':
			return 'Den tidligere versjonen er gjenopprettet som en ny versjon.';
		case null:
		case '':
			return null;
		default:
			return 'Lagret.';
	}
}
