'use client';

import { Dialog } from '@/components/ui/dialog';
import { SHORTCUTS } from '@/lib/player';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" className="w-[min(28rem,92vw)]">
      <table className="w-full text-sm">
        <caption className="sr-only">Keyboard shortcuts (none fire while typing in a field)</caption>
        <tbody>
          {SHORTCUTS.map(([keys, does]) => (
            <tr key={keys} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
              <th scope="row" className="py-2 pr-4 text-left font-mono text-xs font-medium whitespace-nowrap">
                {keys}
              </th>
              <td className="py-2">{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">None of them fire while you type in a field.</p>
    </Dialog>
  );
}
