/** @module One module of the role editor: a collapsible section with its permissions table. */
import { ADDON_NAMES, LEVEL_NAMES, actionName } from './labels'
import type { Cell, ModuleTable } from './editor-model'

/** A stable id for a permission's controls (`interactions.audio:listen` -> `p-interactions-audio-listen`). */
export const cellId = (key: string) => `p-${key.replace(/[.:]/g, '-')}`

export const sectionId = (module: string) => `module-${module}`

function LevelSelect({ cell, readOnly }: { cell: Cell; readOnly: boolean }) {
  const id = cellId(cell.key)
  const addonId = `${id}-addon`
  return (
    <>
      <label for={id} class="visually-hidden">
        {cell.label}
      </label>
      <select
        id={id}
        name={cell.key}
        data-initial={cell.level}
        data-label={cell.label}
        disabled={readOnly}
        aria-describedby={cell.requires ? addonId : undefined}
      >
        {cell.levels.map((level) => (
          <option value={level} selected={level === cell.level}>
            {LEVEL_NAMES[level]}
          </option>
        ))}
      </select>
      {cell.requires && (
        <span class="badge addon" id={addonId}>
          needs {ADDON_NAMES[cell.requires]}
        </span>
      )}
    </>
  )
}

/** A module's section: submodules as rows, actions as columns, a level select per cell. */
export function PermissionTable({ table, readOnly }: { table: ModuleTable; readOnly: boolean }) {
  const headingId = `${sectionId(table.key)}-title`
  return (
    <details open id={sectionId(table.key)} class="role-module">
      <summary id={headingId}>{table.name}</summary>
      <div class="table-wrap">
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Submodule</th>
              {table.actions.map((action) => (
                <th scope="col">{actionName(action)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr>
                <th scope="row">
                  {row.name}
                  {row.description && <div class="reason">{row.description}</div>}
                </th>
                {row.cells.map((cell) =>
                  cell ? (
                    <td class="role-cell">
                      <LevelSelect cell={cell} readOnly={readOnly} />
                    </td>
                  ) : (
                    <td class="muted">
                      <span aria-hidden="true">—</span>
                      <span class="visually-hidden">not applicable</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
