import type { Metadata } from 'next';
import '../../components/styles/newsroom.css';

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s · Newsroom · The Nation Express' },
  robots: { index: false, follow: false },
};

export default function NewsroomLayout({ children }: { children: React.ReactNode }) {
  return children;
}
