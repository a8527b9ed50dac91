// Browser tests drive Debian's Chromium; install it where it is missing (CI runs as root), else say how.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const CHROMIUM = '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error('缺少 Chromium:请先运行 sudo apt-get install -y chromium')
    process.exit(1)
  }
  console.log('Installing Debian Chromium for the browser tests…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
}
