// Placeholder until the command language lands (issue 2 helper replaces this file).
export async function run(_args: string[]): Promise<number> {
  return 70;
}
