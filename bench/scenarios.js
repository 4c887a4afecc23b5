// Further measurements added by later features (sign-in, admin lists, registration burst).
export const scenarios = [];
