import type { SeedArticle } from '../types';
import { defenceArticles } from './defence';
import { diplomacyArticles } from './diplomacy';
import { economyArticles } from './economy';
import { indiaRussiaArticles } from './india-russia';
import { technologyArticles } from './technology';
import { worldArticles } from './world';

export const SEED_ARTICLES: readonly SeedArticle[] = [
  ...indiaRussiaArticles,
  ...defenceArticles,
  ...diplomacyArticles,
  ...worldArticles,
  ...economyArticles,
  ...technologyArticles,
];
