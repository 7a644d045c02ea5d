import { escapeHtml } from '@channels/text'
import { strings, type Lang } from '../i18n'
import { runSearch, type PagefindApi, type SearchResult } from './run'

/**
 * The search page's only script: reads `?q=` and filters from the address, asks the Pagefind
 * index of the page's language (`<html lang>`), and renders results as plain links. Filters
 * are checkboxes in a form, so keyboard use is the browser's own; the result count is
 * announced through a live region.
 */

type Filters = Record<string, Record<string, number>>
interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  filters(): Promise<Filters>
}

export const FILTER_NAMES = ['kind', 'topic', 'outlet', 'year'] as const
const PAGE_SIZE = 20

export async function startSearch(root: HTMLElement): Promise<void> {
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'vi') as Lang
  const t = strings(lang)
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  root.querySelector<HTMLElement>('[data-search-ui]')!.hidden = false

  const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind
  await pagefind.options({ excerptLength: 30 })
  await pagefind.init()

  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  renderFilters(filterBox, await pagefind.filters(), params, t)

  let results: SearchResult[] = []
  let shown = 0

  function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE)
    list.insertAdjacentHTML('beforeend', batch.map(renderResult).join(''))
    shown += batch.length
    more.hidden = shown >= results.length
  }

  async function run() {
    const query = input.value.trim()
    const selected = selectedFilters(filterBox)
    const next = new URLSearchParams()
    if (query) next.set('q', query)
    for (const [name, values] of Object.entries(selected))
      values.forEach((v) => next.append(name, v))
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`)
    list.replaceChildren()
    more.hidden = true
    if (!query && Object.keys(selected).length === 0) {
      status.textContent = ''
      return
    }
    status.textContent = t.search.loading
    results = await runSearch(pagefind, query, selected)
    shown = 0
    status.textContent = results.length
      ? t.search.results(results.length, query)
      : t.search.noResults(query)
    showMore()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  filterBox.addEventListener('change', () => void run())
  more.addEventListener('click', showMore)
  await run()
}

function renderResult(result: SearchResult): string {
  const facts = [result.kind, result.date].filter(Boolean).map((f) => escapeHtml(f!))
  return `<li class="search-result">
  <h2 class="search-result-title"><a href="${escapeHtml(result.url)}">${escapeHtml(result.title)}</a></h2>
  <p class="muted">${facts.join(' · ')}</p>
  <p class="search-result-excerpt">${result.excerpt}</p>
</li>`
}

function renderFilters(
  box: HTMLElement,
  filters: Filters,
  params: URLSearchParams,
  t: ReturnType<typeof strings>,
) {
  let html = ''
  for (const name of FILTER_NAMES) {
    const values = Object.entries(filters[name] ?? {}).sort(([a], [b]) =>
      name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi'),
    )
    if (values.length === 0) continue
    const chosen = params.getAll(name)
    html += `<fieldset class="search-filter"><legend>${escapeHtml(t.search.filterNames[name])}</legend>`
    values.forEach(([value, count], i) => {
      const id = `f-${name}-${i}`
      html += `<div><input type="checkbox" id="${id}" name="${name}" value="${escapeHtml(value)}"${
        chosen.includes(value) ? ' checked' : ''
      } /> <label for="${id}">${escapeHtml(value)} <span class="muted">(${count})</span></label></div>`
    })
    html += '</fieldset>'
  }
  box.innerHTML = html
}

function selectedFilters(box: HTMLElement): Record<string, string[]> {
  const selected: Record<string, string[]> = {}
  box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked').forEach((input) => {
    ;(selected[input.name] ??= []).push(input.value)
  })
  return selected
}
