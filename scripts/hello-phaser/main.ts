/**
 * The smallest Phaser 4 game, built with the stock `phaser` import: the yardstick for the
 * game's bundle budget (scripts/bundle-size.ts).
 */
import Phaser from 'phaser';

class Hello extends Phaser.Scene {
  constructor() {
    super('Hello');
  }

  create(): void {
    // The first screen's moment, as the game marks its title (npm run bench:browser).
    performance.mark('hello:ready');
    this.add
      .text(640, 360, 'Hello, Phaser 4', { fontSize: '48px', color: '#ffffff' })
      .setOrigin(0.5);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 1280, height: 720, scene: [Hello] });
