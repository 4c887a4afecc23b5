/** The search page's suggestions, corrections and capped totals (/sok). */
export const find = {
	didYouMean: 'Mente du «{q}»?',
	corrected: 'Ingen treff på «{q}». Viser treff på «{fixed}» i stedet.',
	capped: 'Mer enn {count} treff på «{q}». De nyeste {count} er sortert etter hvor godt de passer.',
	phraseHint:
		'Sett ord i anførselstegn for å finne dem i akkurat den rekkefølgen: «kulturskole for alle».'
} as const;
