import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // No "X-Powered-By: Next.js" banner: it tells visitors nothing useful.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
