/**
 * Files dropped anywhere on the page. The listeners sit on the document (the
 * canvas may be letterboxed); `onDragging` drives a hint drawn by the scene.
 */
export function listenForDrops(
  onFiles: (files: File[]) => void,
  onDragging: (dragging: boolean) => void,
): () => void {
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    onDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    // Leaving for a child element also fires dragleave; only leaving the window ends the drag.
    if (event.relatedTarget === null) onDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    onDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  };
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);
  return () => {
    document.removeEventListener('dragover', onDragOver);
    document.removeEventListener('dragleave', onDragLeave);
    document.removeEventListener('drop', onDrop);
  };
}
