import { generateCorpus } from './scripts/lib/corpus.ts';
generateCorpus('/tmp/p16-corpus', 10000);
