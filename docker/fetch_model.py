"""Build-time download of the NER weights into the image (never at run time).

Usage: python fetch_model.py REPO_ID REVISION DEST
"""

import sys

from huggingface_hub import snapshot_download

repo_id, revision, dest = sys.argv[1:4]
path = snapshot_download(repo_id=repo_id, revision=revision, local_dir=dest,
                         allow_patterns=["*.json", "*.txt", "*.safetensors", "*.bin", "merges.txt", "vocab.*"])
print(f"fetched {repo_id}@{revision} into {path}")
