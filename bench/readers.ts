/* How the benchmark and the load test present themselves: as a desktop browser or a phone, searching for news words. */

export const DESKTOP_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
export const PHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

export const SEARCH_WORDS = [
  'india', 'russia', 'defence', 'trade', 'oil', 'minister', 'border', 'talks', 'missile', 'economy', 'energy', 'space',
  'nuclear', 'rupee', 'exports', 'navy', 'summit', 'sanctions', 'election', 'court', 'weather', 'cricket', 'china',
  'pakistan', 'satellite', 'railway', 'budget', 'farmers', 'technology', 'vaccine',
];
