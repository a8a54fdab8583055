// What every TypeScript program of the conformance matrix shares: its setup from the environment, the
// `<scenario>.<fact>: <value>` lines clients/matrix.py reads, and a scenario that reports its error, not throws.
// clients/build.py copies it beside each program.

export const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

export const say = (key: string, value: unknown): void => console.log(`${key}: ${value}`);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function scenario(number: number, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    say(`${number}.error`, String(error).split("\n")[0]);
  }
}
