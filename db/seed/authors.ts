import type { AuthorSlug } from './types';

export interface SeedAuthor {
  slug: AuthorSlug;
  name: string;
  bio: string;
}

export const SEED_AUTHORS: readonly SeedAuthor[] = [
  {
    slug: 'news-desk',
    name: 'News Desk',
    bio: 'The Nation Express news desk edits and verifies reports from our correspondents and partner outlets.',
  },
  {
    slug: 'ananya-rao',
    name: 'Ananya Rao',
    bio: 'Diplomatic correspondent in New Delhi, covering the Ministry of External Affairs and South Asian neighbours.',
  },
  {
    slug: 'vikram-sethi',
    name: 'Vikram Sethi',
    bio: 'Defence editor. Writes on the armed forces, military procurement and strategic affairs.',
  },
  {
    slug: 'elena-sokolova',
    name: 'Elena Sokolova',
    bio: 'Moscow correspondent, reporting on Russian foreign policy and Eurasian trade.',
  },
  {
    slug: 'meera-kulkarni',
    name: 'Meera Kulkarni',
    bio: 'Economy editor in Mumbai, following markets, energy and trade policy.',
  },
  {
    slug: 'arjun-menon',
    name: 'Arjun Menon',
    bio: 'Technology reporter in Bengaluru covering space, semiconductors and digital policy.',
  },
  {
    slug: 'rohan-iyer',
    name: 'Rohan Iyer',
    bio: 'World desk editor, tracking conflicts, elections and global institutions.',
  },
];
