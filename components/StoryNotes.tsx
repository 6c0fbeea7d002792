import { storyNoteAnchor } from '../lib/paths';
import type { StoryNote } from '../lib/content';
import { STORY_NOTE_KIND_NAMES } from '../lib/storyNotes';
import { TimeStamp } from './TimeStamp';

/** The corrections, clarifications and updates of a story, at its end, oldest first; each has its own address. */
export function StoryNotes({ notes }: { notes: readonly StoryNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="story-notes" aria-labelledby="story-notes-heading">
      <h2 id="story-notes-heading" className="section-heading">
        Corrections and updates
      </h2>
      <ol className="story-notes__list">
        {notes.map((note) => (
          <li key={note.id} id={storyNoteAnchor(note.id)} className="story-note">
            <StoryNoteContent note={note} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A note as readers see it wherever it is shown: its kind and time, then its words. */
export function StoryNoteContent({ note }: { note: StoryNote }) {
  return (
    <>
      <p className="story-note__when">
        <strong>{STORY_NOTE_KIND_NAMES[note.kind]}</strong>, <TimeStamp date={note.writtenAt} />
      </p>
      <NoteText text={note.text} />
    </>
  );
}

/** A note's words, one paragraph per paragraph typed. */
export function NoteText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="story-note__text">
          {paragraph}
        </p>
      ))}
    </>
  );
}
