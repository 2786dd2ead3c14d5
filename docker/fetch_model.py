"""Build-time download of the NER weights into the image (never at run time).

Usage: python fetch_model.py REPO_ID REVISION DEST

REVISION may be a branch ("main"); the commit it resolved to is written to
DEST/HF_REVISION so an image built from a moving branch still says which weights it
holds. Only one copy of the weights is fetched: safetensors when the revision has
them, else the PyTorch .bin (both would double the image's largest layer).
"""

import sys
from pathlib import Path

from huggingface_hub import HfApi, snapshot_download

repo_id, revision, dest = sys.argv[1:4]
info = HfApi().model_info(repo_id, revision=revision, files_metadata=False)
names = [s.rfilename for s in info.siblings or []]
weights = ["*.safetensors"] if any(n.endswith(".safetensors") for n in names) else ["*.bin"]
path = snapshot_download(repo_id=repo_id, revision=info.sha, local_dir=dest,
                         allow_patterns=["*.json", "*.txt", "merges.txt", "vocab.*", *weights])
Path(dest, "HF_REVISION").write_text(f"{repo_id}@{info.sha}\n")
print(f"fetched {repo_id}@{info.sha} (asked for {revision}) into {path}")
