import type { CategorySlug } from './types';

export interface SeedCategory {
  slug: CategorySlug;
  name: string;
  description: string;
}

/** In navigation order. */
export const SEED_CATEGORIES: readonly SeedCategory[] = [
  {
    slug: 'india-russia',
    name: 'India & Russia',
    description:
      'Defence, energy, trade and diplomacy between New Delhi and Moscow, and what the partnership means for the region.',
  },
  {
    slug: 'defence',
    name: 'Defence',
    description: 'Armed forces, procurement, strategy and security across South Asia and beyond.',
  },
  {
    slug: 'diplomacy',
    name: 'Diplomacy',
    description: 'Summits, treaties, envoys and the quiet work of foreign ministries.',
  },
  {
    slug: 'world',
    name: 'World',
    description: 'News and analysis from capitals around the globe.',
  },
  {
    slug: 'economy',
    name: 'Economy',
    description: 'Markets, trade, energy and the policies that shape household budgets.',
  },
  {
    slug: 'technology',
    name: 'Technology',
    description: 'Space, semiconductors, telecoms and the digital public infrastructure reshaping daily life.',
  },
];
