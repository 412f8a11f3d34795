import { createHash } from 'node:crypto';
import { AUDIOS_API_ID, LYRICS_API_ID } from '@/lib/schemas/task';
import { SEED_TASKS } from './seed';

/**
 * The emulator's tasks. Each task has a timeline: `pendingFor` seconds with no response, then `runningFor`
 * seconds of progress snapshots (songs appearing, preview streams, songs finishing one by one), then its
 * final record. The clock of a task starts when it is first asked for (or created through the control
 * surface), so a person opening the demo watches the "fresh" tasks settle; settled tasks start out settled.
 */

export type Json = Record<string, unknown>;

export interface MediaUrls {
  audio(n: number): string;
  video(n: number): string;
  cover(n: number): string;
  preview(songId: string): string;
}

export type Outcome = 'succeeded' | 'failed' | 'partial' | 'lyrics';

export interface TaskSpec {
  id: string;
  /** Shown in the demo list. */
  label: string;
  /** Fixed creation time for settled demo tasks; clocked tasks are created when their clock starts. */
  createdAt?: number;
  pendingFor: number;
  runningFor: number;
  /** The record once settled; `createdAt` is the task's creation time in epoch seconds. */
  final(media: MediaUrls, createdAt: number): Json;
}

const AUDIO_COUNT = 4;
const VIDEO_COUNT = 2;
const COVER_COUNT = 6;

/** Real lengths of public/demo/song-N.mp3, so players and the `duration` field agree. */
const DEMO_AUDIO_SECONDS: Record<number, number> = { 1: 27, 2: 28, 3: 26, 4: 28 };

/** A stable UUID derived from a name, so song ids stay the same across restarts. */
function stableUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function pick(n: number, count: number): number {
  return ((n - 1) % count) + 1;
}

function iso(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString();
}

function traceFor(id: string, what: string): string {
  return stableUuid(`${id}/${what}`);
}

interface SongOptions {
  taskId: string;
  index: number;
  title: string;
  style: string;
  prompt: string;
  lyric: string;
  model: string;
  media: number;
  createdAt: number;
  withVideo?: boolean;
}

function finalSong(o: SongOptions, media: MediaUrls): Json {
  const audio = pick(o.media, AUDIO_COUNT);
  const cover = pick(o.media, COVER_COUNT);
  return {
    id: stableUuid(`${o.taskId}/song/${o.index}`),
    title: o.title,
    image_url: media.cover(cover),
    image_large_url: media.cover(cover),
    lyric: o.lyric,
    audio_url: media.audio(audio),
    video_url: o.withVideo === false ? '' : media.video(pick(o.media, VIDEO_COUNT)),
    created_at: iso(o.createdAt + 2),
    model: o.model,
    state: 'succeeded',
    prompt: o.prompt,
    style: o.style,
    duration: DEMO_AUDIO_SECONDS[audio],
  };
}

function audioRecord(
  id: string,
  createdAt: number,
  request: Json,
  response: Json,
  extra: { elapsed?: number } = {},
): Json {
  const elapsed = extra.elapsed ?? 48.2;
  return {
    _id: createHash('sha1').update(id).digest('hex').slice(0, 24),
    id,
    type: 'audios',
    api_id: AUDIOS_API_ID,
    application_id: 'ab46a066-ad82-4180-b66b-49dedf8e8a2f',
    credential_id: '66614a7e-e624-494e-87a3-387099b8cbb4',
    user_id: 'ad7afe47-cea9-4cda-980f-2ad8810e51cf',
    trace_id: traceFor(id, 'trace'),
    created_at: createdAt,
    started_at: createdAt + 0.4,
    finished_at: createdAt + elapsed,
    elapsed,
    request,
    response,
  };
}

function lyricsRecord(id: string, createdAt: number, request: Json, data: Json | Json[]): Json {
  return {
    id,
    type: 'lyrics',
    api_id: LYRICS_API_ID,
    application_id: 'ab46a066-ad82-4180-b66b-49dedf8e8a2f',
    credential_id: null,
    user_id: 'ad7afe47-cea9-4cda-980f-2ad8810e51cf',
    trace_id: traceFor(id, 'trace'),
    created_at: createdAt,
    started_at: createdAt + 0.2,
    finished_at: createdAt + 6.1,
    elapsed: 5.9,
    request,
    response: { success: true, task_id: id, trace_id: traceFor(id, 'response'), data },
  };
}

const NEON_LYRICS = `[Intro]
Ooh, ooh

[Verse]
City lights are humming low
Every window paints a glow
I keep driving, letting go
Of the things I used to know

[Pre-Chorus]
And the night is wide awake
Every turn a chance to take

[Chorus]
Neon skyline, carry me home
Through the static and the chrome
Neon skyline, I'm not alone
When the city sings its own

[Verse 2]
Radio is playing slow
Songs we swore we'd never outgrow
Traffic lights in stereo
Green for yes and red for no

[Bridge]
Hold the wheel and hold the line
Every mile a little sign

[Chorus]
Neon skyline, carry me home
Through the static and the chrome

[Outro]
Carry me home`;

const PAPER_BOATS_LYRICS = `[Verse]
Paper boats on a Sunday stream
Folded wishes, a careful dream
Mama humming an old refrain
While the gutters sing with rain

[Chorus]
Sail away, little paper boat
Carry the words that I never wrote
Sail away where the rivers go
Tell the sea what I'll never know

[Verse 2]
Ink is running, the edges curl
Every ripple a brand new world

[Bridge]
If you sink, then let it be
Somewhere soft, somewhere free

[Chorus]
Sail away, little paper boat
Carry the words that I never wrote`;

const LYRICS_V2_A = `[Verse]
Morning coffee, window seat
Counting footsteps on the street
Every stranger has a tune
Humming softly, afternoon

[Chorus]
Slow down, slow down
Let the hours spin around
Slow down, slow down
Hear the quiet of this town`;

const LYRICS_V2_B = `[Verse]
Cup of sunlight on the sill
Clock is ticking, time stands still
Pages turning, birds in flight
Everything is feeling right

[Chorus]
Take it easy, take it slow
Let the golden minutes flow

[Bridge]
Nowhere else I'd rather be
Than this little melody`;

const STEM_NAMES = [
  'Lead Vocals',
  'Backing Vocals',
  'Harmony Vocals',
  'Ad-libs',
  'Kick',
  'Snare',
  'Hi-hats',
  'Cymbals',
  'Toms',
  'Percussion',
  'Bass',
  'Sub Bass',
  'Electric Guitar',
  'Acoustic Guitar',
  'Piano',
  'Electric Piano',
  'Synth Lead',
  'Synth Pad',
  'Strings',
  'Brass',
  'Woodwinds',
  'FX',
  'Ambience',
  'Instrumental',
];

/** Ids of the demo tasks, stable so links and tests can name them. */
export const DEMO_IDS = {
  neonSkyline: '0b212e61-1898-4def-982e-966625dfdba6',
  moderation: '5cfd9e0c-a553-42a1-a82c-0d5fb366894f',
  stringError: '307ef9d4-8d13-43c3-a6ed-567fa11c1088',
  partial: '50f3d3d3-0ac6-4db8-be03-dec9e3dd9900',
  lyricsV1: '2b5181ed-6f34-4cd4-907b-f492ae611053',
  lyricsV2: 'cd5d21ef-1ae0-4ae6-abc7-b06b7ebd94b3',
  instrumental: '6e0782b0-2b3d-4a0d-9361-b4ad42d4042e',
  allStems: '0e60e204-cc01-4d38-b443-3255843bedef',
  stems: '44b9bf53-4d27-4bb3-8493-7f84e9e6d96d',
  concat: '5e5b2a32-91fd-411d-bead-fce6a6699140',
  cover: 'a7c88710-845b-4f9a-9989-254ffe8e2ff7',
  pendingLong: 'dce6ac66-cbf3-461b-8512-18e3313eb28b',
  runningLong: '00fc4718-db2c-4419-90bd-0bdf712a281d',
  fresh1: '253d4c91-f534-49d0-9e10-08b69e16bed0',
  fresh2: '277c99d1-f8c0-4030-ba4a-2d20deb96ed1',
  fresh3: 'fca5e792-964c-4794-8a20-b252dcfd4056',
} as const;

/** 2026-11-20T10:00:00Z: settled demo tasks were made a few days before the demo is opened. */
const DEMO_EPOCH = 1_795_600_800;

interface GenerateOptions {
  id: string;
  title: string;
  style: string;
  prompt: string;
  lyric: string;
  model: string;
  suno: string;
  media: number;
  action?: string;
  instrumental?: boolean;
  extraRequest?: Json;
  songs?: number;
}

/** A finished `generate`-like task with `songs` songs (2 by default). */
function generated(o: GenerateOptions): (media: MediaUrls, createdAt: number) => Json {
  return (media, createdAt) => {
    const count = o.songs ?? 2;
    const songs = Array.from({ length: count }, (_, i) =>
      finalSong(
        {
          taskId: o.id,
          index: i,
          title: o.title,
          style: o.style,
          prompt: o.lyric || o.prompt,
          lyric: o.lyric,
          model: o.suno,
          media: o.media + i,
          createdAt,
        },
        media,
      ),
    );
    const request: Json = {
      action: o.action ?? 'generate',
      ...(o.lyric ? { custom: true, lyric: o.lyric, title: o.title, style: o.style } : { prompt: o.prompt }),
      model: o.model,
      ...(o.instrumental ? { instrumental: true } : {}),
      ...o.extraRequest,
    };
    return audioRecord(o.id, createdAt, request, {
      success: true,
      task_id: o.id,
      trace_id: traceFor(o.id, 'response'),
      data: songs,
    });
  };
}

function seedFinal(index: 0 | 1) {
  return (media: MediaUrls): Json => {
    const seed = structuredClone(SEED_TASKS[index]) as unknown as Json;
    const response = seed.response as { data: Json[] };
    response.data.forEach((song, i) => {
      const n = index * 2 + i + 1;
      song.image_url = media.cover(pick(n, COVER_COUNT));
      song.audio_url = media.audio(pick(n, AUDIO_COUNT));
      song.video_url = media.video(pick(n, VIDEO_COUNT));
    });
    return seed;
  };
}

function stemsTask(id: string, names: string[], action: string, media0: number): TaskSpec['final'] {
  return (media, createdAt) =>
    audioRecord(
      id,
      createdAt,
      { action, audio_id: stableUuid(`${DEMO_IDS.neonSkyline}/song/0`), model: 'chirp-v4' },
      {
        success: true,
        task_id: id,
        trace_id: traceFor(id, 'response'),
        data: names.map((name, i) => ({
          ...finalSong(
            {
              taskId: id,
              index: i,
              title: `Neon Skyline (${name})`,
              style: 'synthwave, dreamy, 80s',
              prompt: '',
              lyric: '',
              model: 'chirp-v4',
              media: media0 + i,
              createdAt,
              withVideo: false,
            },
            media,
          ),
          stem_set: action,
        })),
      },
      { elapsed: 95.4 },
    );
}

export const DEMO_TASKS: readonly TaskSpec[] = [
  {
    id: SEED_TASKS[0].id,
    label: 'Seed example: Holiday Wishes',
    createdAt: SEED_TASKS[0].created_at,
    pendingFor: 0,
    runningFor: 0,
    final: seedFinal(0),
  },
  {
    id: SEED_TASKS[1].id,
    label: 'Seed example: La La La',
    createdAt: SEED_TASKS[1].created_at,
    pendingFor: 0,
    runningFor: 0,
    final: seedFinal(1),
  },
  {
    id: DEMO_IDS.neonSkyline,
    label: 'Succeeded: two songs with video and lyrics',
    createdAt: DEMO_EPOCH,
    pendingFor: 0,
    runningFor: 0,
    final: generated({
      id: DEMO_IDS.neonSkyline,
      title: 'Neon Skyline',
      style: 'synthwave, dreamy, 80s',
      prompt: 'a dreamy synthwave song about driving through a city at night',
      lyric: NEON_LYRICS,
      model: 'chirp-v4',
      suno: 'chirp-v4',
      media: 1,
    }),
  },
  {
    id: DEMO_IDS.moderation,
    label: 'Failed: content moderation',
    createdAt: DEMO_EPOCH + 600,
    pendingFor: 0,
    runningFor: 0,
    final: (_media, createdAt) =>
      audioRecord(
        DEMO_IDS.moderation,
        createdAt,
        { action: 'generate', prompt: 'a rap song in the style of eminem', model: 'chirp-v4' },
        {
          success: false,
          error: { code: 'forbidden', message: 'Song Description contained artist name: eminem' },
          task_id: DEMO_IDS.moderation,
          trace_id: traceFor(DEMO_IDS.moderation, 'response'),
          data: [],
        },
        { elapsed: 1.3 },
      ),
  },
  {
    id: DEMO_IDS.stringError,
    label: 'Failed: error as a plain string',
    createdAt: DEMO_EPOCH + 1200,
    pendingFor: 0,
    runningFor: 0,
    final: (_media, createdAt) =>
      audioRecord(
        DEMO_IDS.stringError,
        createdAt,
        { action: 'generate', prompt: 'a lo-fi hip hop beat for studying', model: 'chirp-v3-5' },
        { success: false, error: 'provider timeout', task_id: DEMO_IDS.stringError },
        { elapsed: 300.0 },
      ),
  },
  {
    id: DEMO_IDS.partial,
    label: 'Partial success: one song played, one failed',
    createdAt: DEMO_EPOCH + 1800,
    pendingFor: 0,
    runningFor: 0,
    final: (media, createdAt) => {
      const ok = finalSong(
        {
          taskId: DEMO_IDS.partial,
          index: 0,
          title: 'Paper Boats',
          style: 'indie folk, acoustic, warm',
          prompt: PAPER_BOATS_LYRICS,
          lyric: PAPER_BOATS_LYRICS,
          model: 'chirp-v4',
          media: 3,
          createdAt,
        },
        media,
      );
      const broken = {
        ...ok,
        id: stableUuid(`${DEMO_IDS.partial}/song/1`),
        audio_url: '',
        video_url: '',
        image_url: '',
        image_large_url: '',
        state: 'error',
        duration: null,
      };
      return audioRecord(
        DEMO_IDS.partial,
        createdAt,
        {
          action: 'generate',
          custom: true,
          title: 'Paper Boats',
          lyric: PAPER_BOATS_LYRICS,
          style: 'indie folk, acoustic, warm',
          model: 'chirp-v4',
        },
        {
          success: false,
          error: { code: 'api_error', message: 'One of the two songs failed to render.' },
          task_id: DEMO_IDS.partial,
          trace_id: traceFor(DEMO_IDS.partial, 'response'),
          data: [ok, broken],
        },
      );
    },
  },
  {
    id: DEMO_IDS.lyricsV1,
    label: 'Lyrics (v1: one object)',
    createdAt: DEMO_EPOCH + 2400,
    pendingFor: 0,
    runningFor: 0,
    final: (_media, createdAt) =>
      lyricsRecord(
        DEMO_IDS.lyricsV1,
        createdAt,
        { prompt: 'a folk song about paper boats', model: 'default' },
        {
          text: PAPER_BOATS_LYRICS,
          title: 'Paper Boats',
          status: 'complete',
        },
      ),
  },
  {
    id: DEMO_IDS.lyricsV2,
    label: 'Lyrics (v2: two candidates with tags)',
    createdAt: DEMO_EPOCH + 3000,
    pendingFor: 0,
    runningFor: 0,
    final: (_media, createdAt) =>
      lyricsRecord(DEMO_IDS.lyricsV2, createdAt, { prompt: 'a slow song about a quiet morning', model: 'remi-v1' }, [
        { text: LYRICS_V2_A, title: 'Slow Down', status: 'complete', tags: ['dreamy, mellow'] },
        { text: LYRICS_V2_B, title: 'Cup of Sunlight', status: 'complete', tags: ['acoustic, warm, morning'] },
      ]),
  },
  {
    id: DEMO_IDS.instrumental,
    label: 'Instrumental',
    createdAt: DEMO_EPOCH + 3600,
    pendingFor: 0,
    runningFor: 0,
    final: generated({
      id: DEMO_IDS.instrumental,
      title: 'Tidal Drift',
      style: 'ambient, calm, piano',
      prompt: 'a calm ambient piano piece for the sea at dawn',
      lyric: '',
      model: 'chirp-v5',
      suno: 'chirp-v5',
      media: 4,
      instrumental: true,
    }),
  },
  {
    id: DEMO_IDS.allStems,
    label: 'All stems: 24 tracks',
    createdAt: DEMO_EPOCH + 4200,
    pendingFor: 0,
    runningFor: 0,
    final: stemsTask(DEMO_IDS.allStems, STEM_NAMES, 'all_stems', 1),
  },
  {
    id: DEMO_IDS.stems,
    label: 'Stems: vocals and instrumental',
    createdAt: DEMO_EPOCH + 4800,
    pendingFor: 0,
    runningFor: 0,
    final: stemsTask(DEMO_IDS.stems, ['Vocals', 'Instrumental'], 'stems', 2),
  },
  {
    id: DEMO_IDS.concat,
    label: 'Concat: one full song',
    createdAt: DEMO_EPOCH + 5400,
    pendingFor: 0,
    runningFor: 0,
    final: generated({
      id: DEMO_IDS.concat,
      title: 'Neon Skyline (Full Song)',
      style: 'synthwave, dreamy, 80s',
      prompt: '',
      lyric: NEON_LYRICS,
      model: 'chirp-v4',
      suno: 'chirp-v4',
      media: 2,
      action: 'concat',
      songs: 1,
      extraRequest: { audio_id: stableUuid(`${DEMO_IDS.neonSkyline}/song/1`) },
    }),
  },
  {
    id: DEMO_IDS.cover,
    label: 'Cover of an uploaded song',
    createdAt: DEMO_EPOCH + 6000,
    pendingFor: 0,
    runningFor: 0,
    final: generated({
      id: DEMO_IDS.cover,
      title: 'Paper Boats (Jazz Cover)',
      style: 'smooth jazz, saxophone, brushed drums',
      prompt: '',
      lyric: PAPER_BOATS_LYRICS,
      model: 'chirp-auk',
      suno: 'chirp-auk',
      media: 3,
      action: 'cover',
      extraRequest: { audio_id: stableUuid(`${DEMO_IDS.partial}/song/0`) },
    }),
  },
  {
    id: DEMO_IDS.pendingLong,
    label: 'Queued: pending for 3 minutes, then runs',
    pendingFor: 180,
    runningFor: 120,
    final: generated({
      id: DEMO_IDS.pendingLong,
      title: 'Midnight Orchard',
      style: 'dream pop, shimmering guitars',
      prompt: 'a dream pop song about an orchard at midnight',
      lyric: '',
      model: 'chirp-v5',
      suno: 'chirp-v5',
      media: 2,
    }),
  },
  {
    id: DEMO_IDS.runningLong,
    label: 'Running: preview stream for 4 minutes',
    pendingFor: 0,
    runningFor: 240,
    final: generated({
      id: DEMO_IDS.runningLong,
      title: 'Copper Sun',
      style: 'funk, slap bass, horns',
      prompt: 'an upbeat funk song about a copper sunset',
      lyric: '',
      model: 'chirp-v4',
      suno: 'chirp-v4',
      media: 3,
    }),
  },
  ...[
    {
      id: DEMO_IDS.fresh1,
      title: 'First Light',
      style: 'pop, bright, uplifting',
      media: 1,
      pendingFor: 8,
      runningFor: 30,
    },
    {
      id: DEMO_IDS.fresh2,
      title: 'Slow River',
      style: 'lullaby, soft piano',
      media: 2,
      pendingFor: 15,
      runningFor: 35,
    },
    {
      id: DEMO_IDS.fresh3,
      title: 'Static Hearts',
      style: 'electropop, punchy',
      media: 3,
      pendingFor: 5,
      runningFor: 45,
    },
  ].map((f): TaskSpec => ({
    id: f.id,
    label: `Fresh: settles about ${f.pendingFor + f.runningFor} s after you first look`,
    pendingFor: f.pendingFor,
    runningFor: f.runningFor,
    final: generated({
      id: f.id,
      title: f.title,
      style: f.style,
      prompt: `a ${f.style} song called ${f.title}`,
      lyric: '',
      model: 'chirp-v5',
      suno: 'chirp-v5',
      media: f.media,
    }),
  })),
];

export interface CreateTaskOptions {
  id?: string;
  title?: string;
  pendingFor?: number;
  runningFor?: number;
  outcome?: Outcome;
}

/** A task made through the control surface (tests, or "make a demo task" in the UI). */
export function createdTaskSpec(o: CreateTaskOptions & { id: string }): TaskSpec {
  const title = o.title ?? 'Emulated Song';
  const base = generated({
    id: o.id,
    title,
    style: 'pop, emulated',
    prompt: `a song called ${title}`,
    lyric: '',
    model: 'chirp-v5',
    suno: 'chirp-v5',
    media: 1 + (parseInt(o.id.slice(0, 2), 16) % AUDIO_COUNT),
  });
  const outcome = o.outcome ?? 'succeeded';
  const final: TaskSpec['final'] = (media, createdAt) => {
    if (outcome === 'lyrics') {
      return lyricsRecord(o.id, createdAt, { prompt: `lyrics for ${title}`, model: 'remi-v1' }, [
        { text: LYRICS_V2_A, title, status: 'complete', tags: ['emulated'] },
      ]);
    }
    const record = base(media, createdAt);
    const response = record.response as Json & { data: Json[] };
    if (outcome === 'failed') {
      record.response = {
        success: false,
        error: { code: 'forbidden', message: 'Song Description contained artist name: eminem' },
        task_id: o.id,
        trace_id: response.trace_id,
        data: [],
      };
    } else if (outcome === 'partial') {
      const [first, second] = response.data;
      record.response = {
        ...response,
        success: false,
        error: { code: 'api_error', message: 'One of the two songs failed to render.' },
        data: [first, { ...second, audio_url: '', video_url: '', state: 'error', duration: null }],
      };
    }
    return record;
  };
  return {
    id: o.id,
    label: `Created: ${title}`,
    pendingFor: o.pendingFor ?? 10,
    runningFor: o.runningFor ?? 30,
    final,
  };
}

/**
 * The record of a task `age` seconds after its clock started: `{response: null}` while pending; while
 * running, the final songs with preview streams, the first song finishing halfway through; then final.
 */
export function recordAt(spec: TaskSpec, createdAt: number, age: number, media: MediaUrls): Json {
  const final = spec.final(media, createdAt);
  if (age >= spec.pendingFor + spec.runningFor) return final;
  const { finished_at: _f, elapsed: _e, ...unsettled } = final;
  if (age < spec.pendingFor) return { ...unsettled, started_at: null, response: null };
  const response = final.response as Json & { data?: unknown };
  if (!Array.isArray(response.data)) {
    return { ...unsettled, response: { success: true, task_id: spec.id, data: [] } };
  }
  const halfway = age >= spec.pendingFor + spec.runningFor / 2;
  const songs = (response.data as Json[]).map((song, i) => {
    if (i === 0 && halfway && song.state === 'succeeded') return song;
    return {
      ...song,
      state: 'running',
      audio_url: media.preview(String(song.id)),
      video_url: '',
      duration: null,
    };
  });
  return {
    ...unsettled,
    response: { success: true, task_id: spec.id, trace_id: response.trace_id, data: songs },
  };
}
