/** A drawer or modal width that fills a phone screen and stays at `width` on a desktop. */
export function panelWidth(width: number): string {
  return typeof window !== 'undefined' && window.innerWidth < width + 40 ? '100%' : `${width}px`;
}
