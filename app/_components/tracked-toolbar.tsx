'use client';

import { useEffect, useId, useState } from 'react';
import { cn } from '@/lib/cn';
import type { TrackedList } from '@/lib/schemas/tracked';
import { STATUS_WORDS, TASK_STATUSES, type TaskStatus } from '@/lib/task';
import { useListParams } from './use-list-params';

const field = 'rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950';

/** Search, status counts (which filter), model, type and sort: all kept in the URL. */
export function TrackedToolbar({ list }: { list: TrackedList | undefined }) {
  const { params, update } = useListParams();
  const searchId = useId();
  const urlQuery = params.get('q') ?? '';
  const [search, setSearch] = useState(urlQuery);
  const statuses = (params.get('status') ?? '').split(',').filter(Boolean);

  // Typing updates the URL a beat later, so every keystroke does not reload the list.
  useEffect(() => {
    if (search === urlQuery) return;
    const timer = setTimeout(() => update({ q: search.trim() || null }), 250);
    return () => clearTimeout(timer);
  }, [search, urlQuery, update]);

  const toggleStatus = (status: TaskStatus) => {
    const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
    update({ status: next.join(',') || null });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor={searchId} className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
            Search title, prompt, style, lyrics or id
          </label>
          <input
            id={searchId}
            type="search"
            data-search-box
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search…"
            className={cn(field, 'w-full')}
          />
        </div>
        <label className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          <span className="mb-1 block">Model</span>
          <select
            value={params.get('model') ?? ''}
            onChange={(e) => update({ model: e.target.value || null })}
            className={field}
          >
            <option value="">All models</option>
            {list?.models.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          <span className="mb-1 block">Type</span>
          <select
            value={params.get('type') ?? ''}
            onChange={(e) => update({ type: e.target.value || null })}
            className={field}
          >
            <option value="">Songs and lyrics</option>
            <option value="song">Songs</option>
            <option value="lyrics">Lyrics</option>
          </select>
        </label>
        <label className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          <span className="mb-1 block">Sort by</span>
          <select
            value={params.get('sort') ?? 'added'}
            onChange={(e) => update({ sort: e.target.value === 'added' ? null : e.target.value })}
            className={field}
          >
            <option value="added">Date added</option>
            <option value="created">Date created</option>
            <option value="duration">Duration</option>
            <option value="title">Title</option>
          </select>
        </label>
        <label className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
          <span className="mb-1 block">Order</span>
          <select
            value={params.get('order') ?? 'desc'}
            onChange={(e) => update({ order: e.target.value === 'desc' ? null : e.target.value })}
            className={field}
          >
            <option value="desc">Descending</option>
            <option value="asc">Ascending</option>
          </select>
        </label>
      </div>
      <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-1.5">
        {TASK_STATUSES.map((status) => {
          const active = statuses.includes(status);
          return (
            <button
              key={status}
              type="button"
              aria-pressed={active}
              onClick={() => toggleStatus(status)}
              className={cn(
                'rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset',
                active
                  ? 'bg-zinc-900 text-white ring-zinc-900 dark:bg-zinc-100 dark:text-zinc-900 dark:ring-zinc-100'
                  : 'bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800',
              )}
            >
              {STATUS_WORDS[status]} <span className="tabular-nums">({list?.counts[status] ?? 0})</span>
            </button>
          );
        })}
        {(statuses.length > 0 || urlQuery || params.get('model') || params.get('type')) && (
          <button
            type="button"
            onClick={() => {
              setSearch('');
              update({ q: null, status: null, model: null, type: null });
            }}
            className="rounded-full px-3 py-1 text-xs font-medium text-brand-700 underline dark:text-brand-300"
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
