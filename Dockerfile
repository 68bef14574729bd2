FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY contracts ./contracts
COPY services ./services
COPY claimlog ./claimlog
COPY ops ./ops
RUN pip install --no-cache-dir . && useradd --create-home claimlog
USER claimlog
CMD ["claimlog", "worker", "all"]
