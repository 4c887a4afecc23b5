// `npm start`: build when the build is missing or older than the sources, then serve.
import { ensureBuild, root } from './build.js';

process.chdir(root);
ensureBuild();
await import('../server/index.js');
