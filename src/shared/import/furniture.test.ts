import { describe, expect, it } from 'vitest'
import { furnitureOf, furnitureText } from './furniture'

const el = (over: Partial<Parameters<typeof furnitureOf>[0]>) =>
  furnitureOf({ tag: 'div', id: '', className: '', role: '', label: '', ...over })

describe('furniture', () => {
  it('matches class and id words whole, in BEM, snake and camel case', () => {
    expect(el({ className: 'ad-slot ad-slot--inline' })).toBe('advertisement')
    expect(el({ id: 'div-gpt-ad-1001' })).toBe('advertisement')
    expect(el({ className: 'c-share__button' })).toBe('boilerplate')
    expect(el({ className: 'relatedStories' })).toBe('boilerplate')
    expect(el({ id: 'onetrust-banner-sdk' })).toBe('boilerplate')
    expect(el({ className: 'Page-byline' })).toBe('byline')
    expect(el({ className: 'shadow loading header-image' })).toBeUndefined()
    expect(el({ className: 'article-body paywall read-more-content' })).toBeUndefined()
  })

  it('goes by tag and role first', () => {
    expect(el({ tag: 'NAV' })).toBe('navigation')
    expect(el({ tag: 'footer' })).toBe('boilerplate')
    expect(el({ role: 'navigation', className: 'article-body' })).toBe('navigation')
    expect(el({ role: 'contentinfo' })).toBe('boilerplate')
  })

  it('knows advertisement labels and pagers by their words, in English and Arabic', () => {
    expect(furnitureText('ADVERTISEMENT')).toBe('advertisement')
    expect(furnitureText('إعلان')).toBe('advertisement')
    expect(furnitureText('Continue reading on page 2 →')).toBe('navigation')
    expect(furnitureText('Share on Facebook')).toBe('boilerplate')
    expect(furnitureText('اقرأ أيضا')).toBe('boilerplate')
    expect(furnitureText('The advertisement campaign was criticised by regulators.')).toBeUndefined()
  })
})
