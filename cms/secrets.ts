/**
 * Reads a secret from the environment. There is deliberately no default: a fixed fallback
 * would be the same on every installation. `npm start` writes a random one to the git-ignored
 * `.env` on first run.
 */
export function requireSecret(name: string): string {
  const value = process.env[name]
  if (!value || value.length < 32) {
    throw new Error(
      `${name} is missing or shorter than 32 characters. Run "npm start" once (it creates .env with a random value) or set ${name} in the environment.`,
    )
  }
  return value
}
