# The API with its seed articles. Postgres comes from docker-compose.yml (DATABASE_URL).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY tsconfig.json prisma.config.ts ./
COPY prisma ./prisma
COPY src ./src
COPY seed ./seed
# The server compiled to plain JavaScript (src/build/server.mjs; `--ignore-scripts` skipped npm's prepare step).
RUN node src/build/server.mjs
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node itself runs the compiled server (no npm, no TypeScript runtime in between): docker stop's SIGTERM reaches
# it, as PID 1 or under docker's init (`docker run --init`, compose's `init: true`), and it drains its workers and exits.
CMD ["node", "--enable-source-maps", "dist/server/index.js"]
